import { runCli, onExit } from "../scripts/lib/cli/run";
import { FlagError, parseSeedArgs } from "../scripts/lib/content/scale/flags";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env } from "../lib/env";

// `npm run db:seed`: demo accounts and the demo content from content/.
// Safe to run again: it only adds what is missing.
// `npm run db:seed -- --scale N` also generates N published posts (see scripts/lib/content/scale.ts).
runCli(async () => {
  let scale: number | undefined;
  try {
    ({ scale } = parseSeedArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    console.error(`✖ ${err.message}`);
    return 2;
  }
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  const { seedDemo } = await import("../scripts/lib/content/seed");
  const result = await seedDemo(db, { nodeEnv: env().NODE_ENV, siteUrl: env().SITE_URL });
  const created = Object.entries(result)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  console.log(created.length ? `✔ Seeded ${created.join(", ")}.` : "✔ Nothing to seed: everything is already there.");
  if (scale !== undefined) {
    const { seedScale } = await import("../scripts/lib/content/scale");
    const { seconds, ...counts } = await seedScale(database.url, { posts: scale, nodeEnv: env().NODE_ENV });
    const added = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n.toLocaleString("en-GB")} ${k}`);
    console.log(
      `✔ Scale ${scale.toLocaleString("en-GB")}: ${added.length ? `added ${added.join(", ")}` : "nothing to add"} in ${seconds.toFixed(1)} s.`,
    );
  }
});

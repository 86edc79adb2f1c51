import { runCli, onExit } from "../lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env } from "../lib/env";

// `npm run db:seed`: demo accounts and the demo content from content/.
// Safe to run again: it only adds what is missing.
runCli(async () => {
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  const { seedDemo } = await import("../lib/content/seed");
  const result = await seedDemo(db, { nodeEnv: env().NODE_ENV, siteUrl: env().SITE_URL });
  const created = Object.entries(result).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  console.log(created.length ? `✔ Seeded ${created.join(", ")}.` : "✔ Nothing to seed: everything is already there.");
});

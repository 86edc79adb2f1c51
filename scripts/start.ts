import { ensureNextBuild, ensurePrismaClient } from "./lib/cli/build";
import { ensureInternalSecret } from "./lib/cli/internal-secret";
import { serveNext } from "./lib/cli/next-server";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env } from "../lib/env";

// `npm start` (production server) and `npm run dev` (`--dev`): provide the
// database (embedded unless DATABASE_URL is set), migrate, seed the demo when
// the database is empty, build when needed, then serve until Ctrl-C.

const dev = process.argv.includes("--dev");

runCli(async () => {
  const config = env();
  ensurePrismaClient();
  const database = await openDatabase();
  onExit(database.close);
  const { applied } = await migrate(database.url, { log: (line) => console.log(line) });
  if (applied.length) console.log(`✔ Applied ${applied.length} migration(s).`);
  process.env.DATABASE_URL = database.url;

  if (config.NODE_ENV !== "production") {
    const { db, disconnectDb } = await import("../lib/db");
    const { databaseIsEmpty, seedDemo } = await import("./lib/content/seed");
    if (await databaseIsEmpty(db)) {
      console.log("Empty database: adding the demo content and demo accounts (see README).");
      await seedDemo(db, { nodeEnv: config.NODE_ENV, siteUrl: config.SITE_URL });
    }
    await disconnectDb();
  }

  ensureInternalSecret(config.MASTHEAD_DATA_DIR);
  if (!dev) await ensureNextBuild({ databaseUrl: database.url });
  console.log(
    `Masthead is starting on http://localhost:${config.PORT} (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}).`,
  );
  return serveNext({ dev, port: config.PORT, databaseUrl: database.url });
});

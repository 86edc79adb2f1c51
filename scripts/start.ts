import { ensureNextBuild, ensurePrismaClient } from "./lib/cli/build";
import { demoPasswordWarning, refuseExposedDemoPasswords } from "./lib/cli/exposure";
import { ensureInternalSecret } from "./lib/cli/internal-secret";
import { serveNext } from "./lib/cli/next-server";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env, isLoopbackHost, localSiteUrl } from "../lib/env";

// `npm start` (production server) and `npm run dev` (`--dev`): provide the
// database (embedded unless DATABASE_URL is set), migrate, seed the demo when
// the database is empty, build when needed, then serve until Ctrl-C. The site
// listens on HOST (loopback by default) and never beyond this machine while
// an account still has the demo password.

const dev = process.argv.includes("--dev");

runCli(async () => {
  const config = env();
  ensurePrismaClient();
  const database = await openDatabase();
  onExit(database.close);
  const { applied } = await migrate(database.url, { log: (line) => console.log(line) });
  if (applied.length) console.log(`✔ Applied ${applied.length} migration(s).`);
  process.env.DATABASE_URL = database.url;

  const { db, disconnectDb } = await import("../lib/db");
  const { accountsWithDemoPassword } = await import("./lib/content/demo-accounts");
  if (config.NODE_ENV !== "production") {
    const { databaseIsEmpty, seedDemo } = await import("./lib/content/seed");
    if (await databaseIsEmpty(db)) {
      console.log("Empty database: adding the demo content and demo accounts (see README).");
      await seedDemo(db, { nodeEnv: config.NODE_ENV, siteUrl: config.SITE_URL });
    }
  }
  // Checked in production too: a database first run in development keeps its demo accounts.
  const demoAccounts = await accountsWithDemoPassword(db);
  await disconnectDb();
  refuseExposedDemoPasswords(config.HOST, demoAccounts);

  ensureInternalSecret(config.MASTHEAD_DATA_DIR);
  if (!dev) await ensureNextBuild({ databaseUrl: database.url });
  const warning = demoPasswordWarning(config.HOST, config.PORT, demoAccounts);
  if (warning) console.warn(warning);
  // localhost, as the README's quick start says; browsers reach 127.0.0.1 through it.
  const address = config.HOST === "127.0.0.1" ? `http://localhost:${config.PORT}` : localSiteUrl(config);
  const where = isLoopbackHost(config.HOST)
    ? `${address} (this machine only; set HOST to listen on the network)`
    : `${config.HOST} port ${config.PORT}, public address ${config.SITE_URL}`;
  console.log(`Masthead is starting on ${where} (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}).`);
  return serveNext({ dev, port: config.PORT, hostname: config.HOST, databaseUrl: database.url });
});

import { ensureNextBuild } from "./lib/cli/build";
import { ensureInternalSecret } from "./lib/cli/internal-secret";
import { serveNext } from "./lib/cli/next-server";
import { onExit, runCli } from "./lib/cli/run";
import { dropDatabase, ensureDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { E2E_DATABASE, E2E_PG_PORT } from "../tests/helpers/e2e-database";
import { startTestCluster } from "../lib/db/throwaway-cluster";

// The server Playwright tests run against: the production build on a
// database of its own, rebuilt from the migrations and the demo content on
// every run, plus the fixtures end-to-end tests need.

runCli(async () => {
  // Its own build folder: these pages are prerendered from the test database.
  process.env.MASTHEAD_DIST_DIR ??= ".next-e2e";
  const port = Number(process.env.E2E_PORT ?? 3100);
  const cluster = await startTestCluster("postgres-e2e", E2E_PG_PORT);
  onExit(cluster.stop);
  const name = E2E_DATABASE;
  await dropDatabase(cluster.maintenanceUrl, name);
  await ensureDatabase(cluster.maintenanceUrl, name);
  const url = cluster.urlFor(name);
  await migrate(url);

  process.env.DATABASE_URL = url;
  const { db, disconnectDb } = await import("../lib/db");
  const { seedDemo } = await import("./lib/content/seed");
  const { addE2eFixtures } = await import("../tests/helpers/e2e-fixtures");
  const siteUrl = process.env.SITE_URL ?? `http://127.0.0.1:${port}`;
  await seedDemo(db, { nodeEnv: "test", siteUrl, quiet: true });
  await addE2eFixtures(db, siteUrl);
  await disconnectDb();

  ensureInternalSecret(process.env.MASTHEAD_DATA_DIR ?? ".data");
  await ensureNextBuild({ databaseUrl: url });
  return serveNext({ dev: false, port, hostname: "127.0.0.1", databaseUrl: url });
});

import { onExit, runCli } from "./lib/cli/run";
import { ensureInternalSecret } from "./lib/cli/internal-secret";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env, localSiteUrl } from "../lib/env";

// `npm run worker`: publishes scheduled posts every 15 s and runs the job
// queue (webhook deliveries) outside the web server (set
// MASTHEAD_IN_PROCESS_SCHEDULER=false for the site then), and asks the site
// on PORT to drop the cached pages it changed. Ctrl-C lets a run or job in
// progress finish, then stops.

const INTERVAL_MS = 15_000;

runCli(async () => {
  const config = env();
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const secret = ensureInternalSecret(config.MASTHEAD_DATA_DIR);

  const { startBackgroundWork } = await import("../lib/jobs/background");
  const { disconnectDb } = await import("../lib/db");
  const baseUrl = localSiteUrl(config);
  const background = await startBackgroundWork({
    databaseUrl: database.url,
    intervalMs: INTERVAL_MS,
    revalidate: { baseUrl, secret },
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  onExit(async () => {
    await background.stop();
    await disconnectDb();
    console.log("Worker stopped.");
  });
  console.log(
    `Worker running: publishing scheduled posts every ${INTERVAL_MS / 1000} s and running queued jobs; cached pages are dropped through ${baseUrl}. Ctrl-C stops it.`,
  );
  await new Promise<never>(() => {});
});

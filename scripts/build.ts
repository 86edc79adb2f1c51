import { ensureNextBuild } from "./lib/cli/build";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";

// `npm run build`: generate the Prisma client and build the production site.
// The build prerenders the newest pages, so it needs the database.
runCli(async () => {
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  await ensureNextBuild({ databaseUrl: database.url, force: true });
});

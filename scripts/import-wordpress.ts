import { ImportArgsError, parseImportArgs } from "./lib/import/args";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";

// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--staff-accounts] [--as EMAIL]`:
// brings a WordPress site's posts, pages, writers, categories, tags, comments
// and images into Masthead (README, "Moving in from WordPress"). Safe to run
// again: only what is not here yet is added.

runCli(async () => {
  let args;
  try {
    args = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ImportArgsError)) throw error;
    console.error(`✖ ${error.message}`);
    return 2;
  }
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  const { ExportUnreadable, runWordPressImport } = await import("./lib/import/run-import");
  const { NoAdministrator } = await import("./lib/import/viewer");
  const { WxrError } = await import("../lib/imports/wordpress/wxr-reader");
  try {
    await runWordPressImport(db, args);
  } catch (error) {
    // What the person running it can fix (a wrong path, not an export, no admin) is one line, not a stack trace.
    if (![ExportUnreadable, NoAdministrator, WxrError].some((kind) => error instanceof kind)) throw error;
    console.error(`✖ ${(error as Error).message}`);
    return 1;
  }
});

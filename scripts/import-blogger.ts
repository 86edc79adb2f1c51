import { ImportArgsError, parseImportArgs } from "./lib/import/args";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";

// `npm run import:blogger -- blog.atom [--dry-run] [--as EMAIL]`: brings a
// Blogger blog's posts, pages, writers, labels and comments into Masthead
// from its export, classic (Back up content) or Google Takeout's feed.atom
// (README, "Moving in from Blogger"). Safe to run again: only what is not
// here yet is added.

runCli(async () => {
  let args;
  try {
    args = parseImportArgs(process.argv.slice(2), "blogger");
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
  const { ExportUnreadable, runBloggerImport } = await import("./lib/import/run-import");
  const { NoAdministrator } = await import("./lib/import/viewer");
  const { BloggerExportError } = await import("../lib/imports/blogger/atom-reader");
  try {
    await runBloggerImport(db, args);
  } catch (error) {
    // What the person running it can fix (a wrong path, not an export, no admin) is one line, not a stack trace.
    if (![ExportUnreadable, NoAdministrator, BloggerExportError].some((kind) => error instanceof kind)) throw error;
    console.error(`✖ ${(error as Error).message}`);
    return 1;
  }
});

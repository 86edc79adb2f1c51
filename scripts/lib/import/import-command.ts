import { ImportArgsError, type ImportSystem, parseImportArgs } from "./args";
import { onExit, runCli } from "../cli/run";
import { openDatabase } from "../../../lib/db/database";
import { migrate } from "../../../lib/db/migrate/runner";

// The import commands (`npm run import:wordpress`, `npm run import:blogger`):
// the site's database opened and migrated, then the import of one export.

export function runImportCommand(system: ImportSystem): void {
  runCli(async () => {
    let args;
    try {
      args = parseImportArgs(process.argv.slice(2), system);
    } catch (error) {
      if (!(error instanceof ImportArgsError)) throw error;
      console.error(`✖ ${error.message}`);
      return 2;
    }
    const database = await openDatabase();
    onExit(database.close);
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const { db, disconnectDb } = await import("../../../lib/db");
    onExit(disconnectDb);
    const { ExportUnreadable, runBloggerImport, runWordPressImport } = await import("./run-import");
    const { NoAdministrator } = await import("./viewer");
    const { WxrError } = await import("../../../lib/imports/wordpress/wxr-reader");
    const { BloggerExportError } = await import("../../../lib/imports/blogger/atom-reader");
    try {
      await (system === "blogger" ? runBloggerImport : runWordPressImport)(db, args);
    } catch (error) {
      // What the person running it can fix (a wrong path, not an export, no admin) is one line, not a stack trace.
      const fixable = [ExportUnreadable, NoAdministrator, WxrError, BloggerExportError];
      if (!fixable.some((kind) => error instanceof kind)) throw error;
      console.error(`✖ ${(error as Error).message}`);
      return 1;
    }
  });
}

import { readFile } from "node:fs/promises";
import { z } from "zod";
import { progressBar } from "./lib/cli/progress";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env } from "../lib/env";
import { mediaStorage } from "../lib/media/storage";

// `npm run import:masthead -- export.zip`: a Masthead export into an empty
// site (scripts/lib/transfer). The people in it have no passwords here:
// give them one with `npm run accounts:set-password`, or let them reset it.

const USAGE = "Usage: npm run import:masthead -- <export.zip>";
const argsSchema = z.tuple([z.string().regex(/^[^-]/, USAGE)], { error: USAGE });

runCli(async () => {
  const args = argsSchema.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(`✖ ${args.error.issues[0]!.message}`);
    return 2;
  }
  const started = Date.now();
  const { readExportZip } = await import("./lib/transfer/read");
  const archive = readExportZip(await readFile(args.data[0]));
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  const { importSite } = await import("./lib/transfer/import");
  const counts = await importSite(db, archive, {
    siteUrl: env().SITE_URL,
    media: mediaStorage(),
    progress: (label, total) => progressBar(label, total),
  });
  console.log(
    `✔ Imported ${counts.posts} posts, ${counts.pages} pages, ${counts.contributors} contributors, ` +
      `${counts.users} accounts, ${counts.comments} comments and ${counts.mediaFiles} media files ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
      `  Accounts have no password on this site yet: npm run accounts:set-password -- <email>, or "Forgot password".`,
  );
});

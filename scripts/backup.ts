import path from "node:path";
import { z } from "zod";
import { createBackup } from "./lib/backup/create";
import { describeBackup } from "./lib/backup/report";
import { progressBar } from "./lib/cli/progress";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { mediaStorage } from "../lib/media/storage";

// `npm run backup -- [file]`: the database (embedded, or DATABASE_URL) and
// the media files (uploads folder or bucket) in one archive, by default backups/masthead-<time>.tar.
// Safe while the site runs. README "Backups" says how to schedule it.

const USAGE = "Usage: npm run backup -- [file.tar]";
const argsSchema = z.array(z.string().regex(/^[^-]/, USAGE)).max(1, USAGE);

/** backups/masthead-2026-12-05T12-00-00Z.tar: sorts by time, and no colons for other file systems. */
const defaultName = (now: Date) =>
  path.join(
    "backups",
    `masthead-${now
      .toISOString()
      .replace(/\.\d+Z$/, "Z")
      .replace(/:/g, "-")}.tar`,
  );

runCli(async () => {
  const args = argsSchema.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(`✖ ${args.error.issues[0]!.message}`);
    return 2;
  }
  const started = Date.now();
  const database = await openDatabase();
  onExit(database.close);
  const output = path.resolve(args.data[0] ?? defaultName(new Date()));
  const summary = await createBackup({
    databaseUrl: database.url,
    media: mediaStorage(),
    output,
    progress: (label, total) => progressBar(label, total),
  });
  console.log(describeBackup(output, summary, Date.now() - started));
});

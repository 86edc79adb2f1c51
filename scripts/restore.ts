import { z } from "zod";
import { describeRestore } from "./lib/backup/report";
import { restoreBackup } from "./lib/backup/restore";
import { progressBar } from "./lib/cli/progress";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { env } from "../lib/env";
import { mediaStorage } from "../lib/media/storage";

// `npm run restore -- <file> [--force]`: puts a backup from `npm run backup`
// back, into an empty database and media store (or over a full one with
// --force). Stop the site first: it would otherwise serve a half-restored one.

const USAGE = "Usage: npm run restore -- <file.tar> [--force]";
const argsSchema = z.object({
  files: z.array(z.string()).length(1, USAGE),
  flags: z.array(z.literal("--force", { error: USAGE })).max(1, USAGE),
});

runCli(async () => {
  const argv = process.argv.slice(2);
  const args = argsSchema.safeParse({
    files: argv.filter((a) => !a.startsWith("--")),
    flags: argv.filter((a) => a.startsWith("--")),
  });
  if (!args.success) {
    console.error(`✖ ${args.error.issues[0]!.message}`);
    return 2;
  }
  const started = Date.now();
  const database = await openDatabase();
  onExit(database.close);
  const summary = await restoreBackup({
    file: args.data.files[0]!,
    databaseUrl: database.url,
    media: mediaStorage(),
    stagingParent: env().MASTHEAD_DATA_DIR,
    force: args.data.flags.length === 1,
    progress: (label, total) => progressBar(label, total),
  });
  console.log(describeRestore(summary, Date.now() - started));
});

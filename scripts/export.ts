import path from "node:path";
import { z } from "zod";
import { progressBar } from "./lib/cli/progress";
import { onExit, runCli } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";

// `npm run export -- out.zip`: every post, page and draft as Markdown with
// front matter, people, contributors, sections, tags, series, comments,
// media and settings as JSON, and the media files (lib/export). Another
// Masthead reads it with `npm run import:masthead`.

const USAGE = "Usage: npm run export -- <file.zip>";
const argsSchema = z.tuple([z.string().regex(/^[^-].*\.zip$/i, USAGE)], { error: USAGE });

runCli(async () => {
  const args = argsSchema.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(`✖ ${args.error.issues[0]!.message}`);
    return 2;
  }
  const started = Date.now();
  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  const { writeExportFile } = await import("./lib/transfer/export-file");
  const output = path.resolve(args.data[0]);
  const summary = await writeExportFile(output, (label, total) => progressBar(label, total));
  console.log(
    `✔ Exported ${summary.posts} posts and pages and ${summary.mediaFiles} media files to ${output} ` +
      `(${(summary.bytes / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
});

import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { progressBar } from "./lib/cli/progress";
import { runCli } from "./lib/cli/run";
import { copyFolderToBucket, MediaMoveRefused } from "./lib/media/to-s3";
import { env } from "../lib/env";
import { localDiskStorage, mediaStorage, uploadsFolder } from "../lib/media/storage";

// `npm run media:to-s3 [-- --from DIR]`: copies a local media folder (by
// default the uploads folder under MASTHEAD_DATA_DIR) into the bucket the
// S3_* settings name. The database needs no change: posts name their media
// by /media/<key>, wherever the files are.

const USAGE = "Usage: npm run media:to-s3 [-- --from <uploads folder>]";
const argsSchema = z.union([z.tuple([]), z.tuple([z.literal("--from"), z.string().regex(/^[^-]/, USAGE)])], {
  error: USAGE,
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

runCli(async () => {
  const args = argsSchema.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(`✖ ${args.error.issues[0]!.message}`);
    return 2;
  }
  if (!env().S3_BUCKET) {
    throw new MediaMoveRefused(
      "S3_BUCKET is not set: set the S3_* variables the site will use (README, “Media on object storage”) and run this again.",
    );
  }
  const from = path.resolve(args.data[1] ?? uploadsFolder());
  if (!existsSync(from)) throw new MediaMoveRefused(`${from} does not exist: name the uploads folder with --from.`);
  const started = Date.now();
  const bucket = mediaStorage();
  const summary = await copyFolderToBucket(localDiskStorage(from), bucket, progressBar);
  console.log(
    `✔ Copied ${summary.copied} media files (${megabytes(summary.bytes)}) from ${from} to ${bucket.location} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s; ${summary.alreadyThere} were already there.`,
  );
  if (summary.skipped.length) {
    console.log(`! Left out, as not Masthead media files: ${summary.skipped.join(", ")}`);
  }
});

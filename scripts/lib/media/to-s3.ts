import type { MediaStorage } from "../../../lib/media/storage";
import type { ProgressFactory } from "../backup/create";
import { copyMedia } from "./copy";

// `npm run media:to-s3`: the uploads folder into the bucket. A file already
// in the bucket under its key, at its size, is left alone (a key never gets
// new contents), so running it again copies only what is new or was cut
// short, and an interrupted run can simply be started again.

export class MediaMoveRefused extends Error {}

export interface MoveSummary {
  copied: number;
  bytes: number;
  /** Files the bucket already had. */
  alreadyThere: number;
  /** Names in the folder that are not media files, left out. */
  skipped: string[];
}

export async function copyFolderToBucket(
  folder: MediaStorage,
  bucket: MediaStorage,
  progress?: ProgressFactory,
): Promise<MoveSummary> {
  const [source, target] = await Promise.all([folder.list(), bucket.list()]);
  const inBucket = new Map(target.files.map((f) => [f.key, f.size]));
  const missing = source.files.filter((f) => inBucket.get(f.key) !== f.size);
  const { copied, bytes } = await copyMedia(folder, bucket, missing, {
    label: "Copying media to the bucket",
    progress,
  });
  return { copied, bytes, alreadyThere: source.files.length - missing.length, skipped: source.skipped };
}

import type { MediaStorage, StoredEntry } from "../../../lib/media/storage";
import type { ProgressFactory } from "../backup/create";

// Copying media files from one store to another (a staging folder into the
// site's store on restore, the uploads folder into a bucket), one file at a
// time: a media file is at most the upload limit, so each fits in memory.

export interface CopyResult {
  copied: number;
  bytes: number;
}

export async function copyMedia(
  from: MediaStorage,
  to: MediaStorage,
  files: StoredEntry[],
  options: { label: string; progress?: ProgressFactory },
): Promise<CopyResult> {
  const bar = options.progress?.(options.label, files.length);
  const result: CopyResult = { copied: 0, bytes: 0 };
  for (const entry of files) {
    const file = await from.get(entry.key);
    // Deleted from the source since it was listed: nothing to copy.
    if (file) {
      const body = Buffer.from(await new Response(file.body).arrayBuffer());
      await to.put(entry.key, body, file.contentType);
      result.copied += 1;
      result.bytes += body.length;
    }
    bar?.tick();
  }
  bar?.done();
  return result;
}

/** Removes every media item from the store (names that are not media files are not ours to remove). */
export async function removeAllMedia(storage: MediaStorage): Promise<void> {
  const { files } = await storage.list();
  for (const folder of new Set(files.map((f) => f.key.split("/")[0]!))) await storage.delete(folder);
}

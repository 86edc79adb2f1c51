import "server-only";
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";
import type { MediaStorage, StoredEntry } from "../media/storage";
import type { ExportTextFile } from "./files";

// The export zip, produced as the reader pulls it: the text files deflated,
// the media files (already compressed) stored, read from the media store (the
// uploads folder or the bucket) a chunk at a time. fflate writes no ZIP64, so
// an export whose files pass 4 GiB is refused up front: `npm run backup` has
// no such limit.

const ZIP_LIMIT_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;

export class ExportTooLarge extends Error {}

/** The media files to put in an export, and the store they are read from. */
export interface ExportMedia {
  storage: MediaStorage;
  files: StoredEntry[];
}

/** Every media file in the store, ready for exportZip. */
export async function exportMediaOf(storage: MediaStorage): Promise<ExportMedia> {
  return { storage, files: (await storage.list()).files };
}

/** The zip's bytes, chunk by chunk; nothing is produced ahead of the reader. */
export async function* exportZip(
  texts: ExportTextFile[],
  media: ExportMedia,
  onEntry: () => void = () => {},
): AsyncGenerator<Uint8Array> {
  const total =
    texts.reduce((sum, t) => sum + Buffer.byteLength(t.content), 0) + media.files.reduce((sum, m) => sum + m.size, 0);
  if (total > ZIP_LIMIT_BYTES) {
    throw new ExportTooLarge(
      `The export would hold ${(total / 1024 ** 3).toFixed(1)} GiB, more than a zip without ZIP64 can: use npm run backup to move this site.`,
    );
  }
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* flush() {
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  }
  const add = (entry: ZipInputFile) => {
    entry.mtime = new Date();
    zip.add(entry);
  };
  for (const text of texts) {
    const entry = new ZipDeflate(text.path, { level: 6 });
    add(entry);
    entry.push(new TextEncoder().encode(text.content), true);
    onEntry();
    yield* flush();
  }
  for (const { key } of media.files) {
    const file = await media.storage.get(key);
    // Deleted since the listing, together with its row: the export never had it.
    if (!file) continue;
    const entry = new ZipPassThrough(`media/${key}`);
    add(entry);
    const reader = file.body.getReader();
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        entry.push(read.value);
        yield* flush();
      }
    } finally {
      // A reader that went away mid-file: stop reading it from disk or the bucket.
      await reader.cancel().catch(() => {});
    }
    entry.push(new Uint8Array(0), true);
    onEntry();
    yield* flush();
  }
  zip.end();
  yield* flush();
}

/** A web stream that pulls the zip as the client reads it, and stops reading files when the client goes away. */
export function zipResponseBody(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

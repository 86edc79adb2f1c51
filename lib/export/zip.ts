import "server-only";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";
import { isStorageKey } from "../media/storage";
import type { ExportTextFile } from "./files";

// The export zip, produced as the reader pulls it: the text files deflated,
// the media files (already compressed) stored, read from disk a chunk at a
// time. fflate writes no ZIP64, so an export whose files pass 4 GiB is
// refused up front: `npm run backup` has no such limit.

const ZIP_LIMIT_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;

export class ExportTooLarge extends Error {}

export interface MediaFileOnDisk {
  key: string;
  file: string;
  size: number;
}

/** Every file under the uploads folder whose name is a storage key ("<folder>/<file>"). */
export async function mediaFilesOnDisk(root: string): Promise<MediaFileOnDisk[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: { code?: string }) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files: MediaFileOnDisk[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, file).split(path.sep).join("/");
    if (!isStorageKey(key)) continue;
    const info = await stat(file).catch(() => null);
    if (info) files.push({ key, file, size: info.size });
  }
  return files.sort((a, b) => a.key.localeCompare(b.key));
}

/** The zip's bytes, chunk by chunk; nothing is produced ahead of the reader. */
export async function* exportZip(
  texts: ExportTextFile[],
  media: MediaFileOnDisk[],
  onEntry: () => void = () => {},
): AsyncGenerator<Uint8Array> {
  const total =
    texts.reduce((sum, t) => sum + Buffer.byteLength(t.content), 0) + media.reduce((sum, m) => sum + m.size, 0);
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
  for (const file of media) {
    const entry = new ZipPassThrough(`media/${file.key}`);
    add(entry);
    for await (const chunk of createReadStream(file.file)) {
      entry.push(chunk as Buffer);
      yield* flush();
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

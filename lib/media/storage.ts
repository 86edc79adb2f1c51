import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { randomBytes } from "node:crypto";
import { env } from "../env";
import { mimeTypeForStoredFile } from "./sniff";

// Where uploaded files live, behind an interface small enough that an
// S3-compatible store can implement it: keys are "<mediaId>/<file>", and a
// media item's files are removed together by their "<mediaId>" prefix.

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
}

export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under this key (or the key is not one we could have written). */
  get(key: string): Promise<StoredFile | null>;
  /** Removes every file under `<prefix>/`; removing what is not there is not an error. */
  delete(prefix: string): Promise<void>;
}

// One path segment we could have written ourselves: letters, digits, "-" and
// "_", with at most one extension. No dots of its own, so never "." or "..";
// no slashes or backslashes, so never a way out of the root.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}(\.[a-z0-9]{1,8})?$/;

export class InvalidStorageKey extends Error {}

/** The key's segments; throws unless it is "<prefix>" or "<prefix>/<file>" made of safe segments. */
export function storageKeySegments(key: string, { prefixOnly = false } = {}): string[] {
  const segments = key.split("/");
  const shapeOk = prefixOnly ? segments.length === 1 : segments.length === 2;
  if (!shapeOk || !segments.every((s) => SEGMENT.test(s)) || segments[0]!.includes(".")) {
    throw new InvalidStorageKey(`Not a media storage key: ${JSON.stringify(key)}`);
  }
  return segments;
}

export function isStorageKey(key: string): boolean {
  try {
    storageKeySegments(key);
    return true;
  } catch {
    return false;
  }
}

export function localDiskStorage(root: string): MediaStorage {
  const absoluteRoot = path.resolve(root);

  function pathFor(segments: string[]): string {
    const resolved = path.resolve(absoluteRoot, ...segments);
    // The segment rule already makes escaping impossible; this states the invariant once more.
    if (!resolved.startsWith(absoluteRoot + path.sep))
      throw new InvalidStorageKey("Key resolves outside the storage root.");
    return resolved;
  }

  return {
    async put(key, body) {
      const target = pathFor(storageKeySegments(key));
      await mkdir(path.dirname(target), { recursive: true });
      // Write aside and rename, so a reader never gets a half-written file.
      const temporary = `${target}.${randomBytes(6).toString("hex")}.partial`;
      try {
        await writeFile(temporary, body, { flag: "wx" });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      if (!isStorageKey(key)) return null;
      const segments = storageKeySegments(key);
      const contentType = mimeTypeForStoredFile(segments[1]!);
      if (!contentType) return null;
      const file = pathFor(segments);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return { body, size: info.size, contentType };
    },

    async delete(prefix) {
      await rm(pathFor(storageKeySegments(prefix, { prefixOnly: true })), { recursive: true, force: true });
    },
  };
}

/** The folder uploads go to (and backups copy from). */
export function uploadsFolder(): string {
  return path.join(env().MASTHEAD_DATA_DIR, "uploads");
}

/** The store uploads go to: local disk under the data folder. */
export function mediaStorage(): MediaStorage {
  return localDiskStorage(uploadsFolder());
}

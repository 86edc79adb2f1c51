import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { randomBytes } from "node:crypto";
import { mimeTypeForStoredFile } from "./sniff";
import {
  InvalidStorageKey,
  isStorageKey,
  storageKeySegments,
  type MediaStorage,
  type StoredListing,
} from "./storage-contract";

/** Media files in a folder on this machine: "<root>/<mediaId>/<file>". */
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
    location: absoluteRoot,

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

    list: () => listFolder(absoluteRoot),
  };
}

async function listFolder(root: string): Promise<StoredListing> {
  const listing: StoredListing = { files: [], skipped: [] };
  const folders = await readdir(root, { withFileTypes: true }).catch((error: { code?: string }) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!folder.isDirectory()) {
      listing.skipped.push(folder.name);
      continue;
    }
    const entries = await readdir(path.join(root, folder.name), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const key = `${folder.name}/${entry.name}`;
      if (!entry.isFile() || !isStorageKey(key)) {
        listing.skipped.push(key);
        continue;
      }
      const info = await stat(path.join(root, key)).catch(() => null);
      // Deleted between the listing and now: as if it had never been there.
      if (info) listing.files.push({ key, size: info.size });
    }
  }
  return listing;
}

import "server-only";
import path from "node:path";
import { env } from "../env";
import { localDiskStorage } from "./local-storage";
import { s3Location, s3Settings, type S3Settings } from "./s3-config";
import type { MediaStorage } from "./storage-contract";

// The one place that decides where media lives: the uploads folder under the
// data folder, or the S3-compatible bucket the S3_* settings name.

export {
  InvalidStorageKey,
  isStorageKey,
  storageKeySegments,
  type MediaStorage,
  type StoredEntry,
  type StoredFile,
  type StoredListing,
} from "./storage-contract";
export { localDiskStorage } from "./local-storage";

/** The folder uploads go to when no bucket is configured (and that `npm run media:to-s3` copies from). */
export function uploadsFolder(): string {
  return path.join(env().MASTHEAD_DATA_DIR, "uploads");
}

/**
 * The bucket's store, with the AWS SDK loaded on first use: a site without
 * S3 settings never pays its half a second and 4 MB of heap.
 */
function bucketStorage(settings: S3Settings): MediaStorage {
  let loaded: Promise<MediaStorage> | undefined;
  const store = () => (loaded ??= import("./s3-storage").then(({ s3Storage }) => s3Storage(settings)));
  return {
    location: s3Location(settings),
    put: async (key, body, contentType) => (await store()).put(key, body, contentType),
    get: async (key) => (await store()).get(key),
    delete: async (prefix) => (await store()).delete(prefix),
    list: async () => (await store()).list(),
  };
}

let chosen: MediaStorage | undefined;

/** The store uploads go to. One per process, so the S3 client's connections are reused. */
export function mediaStorage(): MediaStorage {
  if (!chosen) {
    const s3 = s3Settings(env());
    chosen = s3 ? bucketStorage(s3) : localDiskStorage(uploadsFolder());
  }
  return chosen;
}

// What every media store promises (lib/media/storage.ts picks one): keys are
// "<mediaId>/<file>", and a media item's files are removed together by their
// "<mediaId>" prefix. Pure: no Node file system, no network.

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
}

export interface StoredEntry {
  key: string;
  size: number;
}

export interface StoredListing {
  /** Every media file, ordered by key. */
  files: StoredEntry[];
  /** Names in the store that are not media files (a half-written upload, something put there by hand), left out. */
  skipped: string[];
}

export interface MediaStorage {
  /** Where the files are, for people: a folder, or s3://bucket/prefix. */
  readonly location: string;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under this key (or the key is not one we could have written). */
  get(key: string): Promise<StoredFile | null>;
  /** Removes every file under `<prefix>/`; removing what is not there is not an error. */
  delete(prefix: string): Promise<void>;
  list(): Promise<StoredListing>;
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

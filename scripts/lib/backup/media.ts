import { mkdir } from "node:fs/promises";
import path from "node:path";
import { isStorageKey, storageKeySegments, type StoredListing } from "../../../lib/media/storage";

// The media half of a backup: the files in the media store (the uploads
// folder or the bucket), named by their storage keys ("<mediaId>/<file>").
// Anything else in the store (a ".partial" file an upload is writing this
// very moment, a file someone put there by hand) is left out.

/** Media folders the database knew of that have no file in the listing (deleted after the database snapshot). */
export function missingFolders(databaseFolders: string[], listing: StoredListing): string[] {
  const present = new Set(listing.files.map((f) => f.key.split("/")[0]));
  return databaseFolders.filter((folder) => !present.has(folder));
}

/** Where an archive's media entry is staged under `root`; null for a name that is not a storage key (refused by the caller). */
export async function mediaTarget(root: string, key: string): Promise<string | null> {
  if (!isStorageKey(key)) return null;
  const [folder, file] = storageKeySegments(key);
  await mkdir(path.join(root, folder!), { recursive: true, mode: 0o700 });
  return path.join(root, folder!, file!);
}

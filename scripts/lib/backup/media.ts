import { mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isStorageKey, storageKeySegments } from "../../../lib/media/storage";

// The media half of a backup: the files under the uploads folder, named by
// their storage keys ("<mediaId>/<file>"), exactly as lib/media/storage.ts
// writes them. Anything else in that folder (a ".partial" file an upload is
// writing this very moment, a file someone put there by hand) is left out.

export interface MediaFile {
  key: string;
  path: string;
  size: number;
}

export interface MediaScan {
  files: MediaFile[];
  /** Names under the folder that are not storage keys, left out. */
  skipped: string[];
}

export async function scanMedia(root: string): Promise<MediaScan> {
  const files: MediaFile[] = [];
  const skipped: string[] = [];
  const folders = await readdir(root, { withFileTypes: true }).catch((error: { code?: string }) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!folder.isDirectory()) {
      skipped.push(folder.name);
      continue;
    }
    const entries = await readdir(path.join(root, folder.name), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const key = `${folder.name}/${entry.name}`;
      if (!entry.isFile() || !isStorageKey(key)) {
        skipped.push(key);
        continue;
      }
      const file = path.join(root, folder.name, entry.name);
      const info = await stat(file).catch(() => null);
      // Deleted between the listing and now: as if it had never been there.
      if (info) files.push({ key, path: file, size: info.size });
    }
  }
  return { files, skipped };
}

/** Media folders the database knew of that have no file in the scan (deleted after the database snapshot). */
export function missingFolders(databaseFolders: string[], scan: MediaScan): string[] {
  const present = new Set(scan.files.map((f) => f.key.split("/")[0]));
  return databaseFolders.filter((folder) => !present.has(folder));
}

/** Where an archive's media entry goes under `root`; null for a name that is not a storage key (refused by the caller). */
export async function mediaTarget(root: string, key: string): Promise<string | null> {
  if (!isStorageKey(key)) return null;
  const [folder, file] = storageKeySegments(key);
  await mkdir(path.join(root, folder!), { recursive: true, mode: 0o700 });
  return path.join(root, folder!, file!);
}

import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import type { Progress } from "../cli/progress";
import { drain, readArchive, type ArchiveEntry } from "./archive";
import { checkTable, hashing, rowCounter } from "./checks";
import { BackupError, MANIFEST_ENTRY, tableEntryName, type BackupManifest } from "./manifest";
import { mediaTarget } from "./media";

// The restore's first reading of the archive, before anything is changed:
// every table is checked against the manifest (rows and hash) and every
// media file is written under a staging folder. A damaged or truncated
// archive is refused here, while the database is still as it was.

export interface MediaResult {
  mediaFiles: number;
  mediaBytes: number;
}

export async function verifyArchive(
  file: string,
  manifest: BackupManifest,
  mediaStaging: string,
  progress?: Progress,
): Promise<MediaResult> {
  const result = { mediaFiles: 0, mediaBytes: 0 };
  let tables = 0;
  await readArchive(file, async (entry) => {
    if (entry.name === MANIFEST_ENTRY) {
      await drain(entry.body);
    } else if (entry.name.startsWith("database/")) {
      const table = manifest.tables[tables++];
      if (!table || entry.name !== tableEntryName(table.name)) {
        throw new BackupError(
          `The archive holds ${entry.name} where its manifest expects another entry: it is damaged.`,
        );
      }
      const hash = createHash("sha256");
      const counter = rowCounter();
      await pipeline(entry.body, createGunzip(), hashing(hash), counter).catch(() => {
        throw new BackupError(`Table ${table.name} in the archive does not decompress: the archive is damaged.`);
      });
      checkTable(table, hash, counter.rows);
    } else if (entry.name.startsWith("media/")) {
      await extractMedia(mediaStaging, entry);
      result.mediaFiles += 1;
      result.mediaBytes += entry.size;
    } else {
      throw new BackupError(`The archive holds ${entry.name}, which no Masthead backup has: refused.`);
    }
    progress?.tick();
  });
  if (tables !== manifest.tables.length) {
    throw new BackupError(
      `The archive ends after ${tables} of its ${manifest.tables.length} tables: it is incomplete.`,
    );
  }
  if (result.mediaFiles !== manifest.media.files) {
    throw new BackupError(
      `The archive has ${result.mediaFiles} media files where its manifest lists ${manifest.media.files}: it is incomplete.`,
    );
  }
  return result;
}

async function extractMedia(root: string, entry: ArchiveEntry): Promise<void> {
  const key = entry.name.slice("media/".length);
  const target = await mediaTarget(root, key);
  if (!target) throw new BackupError(`The archive holds ${entry.name}, which is not a media file name: refused.`);
  await pipeline(entry.body, createWriteStream(target, { flags: "wx", mode: 0o600 }));
}

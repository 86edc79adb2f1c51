import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { MediaStorage } from "../../../lib/media/storage";
import type { Progress } from "../cli/progress";
import { createArchive } from "./archive";
import { dumpDatabase } from "./dump";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  MANIFEST_ENTRY,
  tableEntryName,
  type BackupManifest,
} from "./manifest";
import { missingFolders } from "./media";

// `npm run backup`: the database as of one instant, then the media files
// (from the uploads folder or the bucket), into one tar file. The media files
// are copied after the snapshot: an upload finished meanwhile is included
// without a row pointing at it (harmless), and a media item deleted meanwhile
// is listed in the manifest as missing.

export type ProgressFactory = (label: string, total: number) => Progress;

export interface BackupOptions {
  databaseUrl: string;
  media: MediaStorage;
  output: string;
  progress?: ProgressFactory;
}

export interface BackupSummary {
  manifest: BackupManifest;
  archiveBytes: number;
  /** Names in the media store that are not media files, left out. */
  skipped: string[];
}

export async function createBackup(options: BackupOptions): Promise<BackupSummary> {
  const output = path.resolve(options.output);
  if (existsSync(output)) throw new BackupError(`${output} already exists: choose another file name.`);
  await mkdir(path.dirname(output), { recursive: true });
  // Beside the archive, so the tables are staged on the disk that will hold them anyway.
  const work = await mkdtemp(path.join(path.dirname(output), ".masthead-backup-"));
  try {
    await mkdir(path.join(work, "database"));
    const dump = await dumpDatabase(options.databaseUrl, work, (total) => options.progress?.("Copying tables", total));
    const scan = await options.media.list();
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: dump.server,
      migrations: dump.migrations,
      tables: dump.tables,
      media: {
        files: scan.files.length,
        bytes: scan.files.reduce((sum, f) => sum + f.size, 0),
        missing: missingFolders(dump.mediaFolders, scan),
      },
    };
    const archive = createArchive(output);
    try {
      await archive.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)));
      for (const table of dump.tables) {
        const file = path.join(work, tableEntryName(table.name));
        await archive.addFile(tableEntryName(table.name), file, (await stat(file)).size);
      }
      const bar = options.progress?.("Copying media", scan.files.length);
      for (const media of scan.files) {
        const file = await options.media.get(media.key);
        if (!file) throw new BackupError(`${media.key} was deleted while the backup ran: run the backup again.`);
        await archive.addStream(`media/${media.key}`, file.size, Readable.fromWeb(file.body as NodeReadableStream));
        bar?.tick();
      }
      bar?.done();
      await archive.close();
    } catch (error) {
      await archive.abort();
      throw error;
    }
    return { manifest, archiveBytes: (await stat(output)).size, skipped: scan.skipped };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

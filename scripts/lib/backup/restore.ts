import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { localDiskStorage, type MediaStorage } from "../../../lib/media/storage";
import { readMigrations } from "../../../lib/db/migrate/files";
import { migrate } from "../../../lib/db/migrate/runner";
import { copyMedia, removeAllMedia } from "../media/copy";
import { readManifestText } from "./archive";
import type { ProgressFactory } from "./create";
import { loadTables } from "./load";
import { BackupError, migrationsForBackup, parseManifest, type BackupManifest } from "./manifest";
import { inspectTarget, wipeSchema } from "./target";
import { verifyArchive, type MediaResult } from "./verify";

// `npm run restore -- <file>`: checks the archive's manifest, refuses a
// database or media store that holds anything (unless forced), rebuilds the
// schema with the migrations the backup was made with, loads the tables and
// media, then applies any migrations this Masthead has that the backup's did
// not (restoring an older backup into a newer Masthead).

export class RestoreRefused extends BackupError {}

export interface RestoreOptions {
  file: string;
  databaseUrl: string;
  media: MediaStorage;
  /** A folder on this machine for the archive's media files while they are checked (the data folder). */
  stagingParent: string;
  /** Replace whatever the database and the media store hold. */
  force: boolean;
  progress?: ProgressFactory;
}

export interface RestoreSummary extends MediaResult {
  rows: number;
  manifest: BackupManifest;
  /** Migrations newer than the backup, applied after loading it. */
  applied: string[];
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const manifest = parseManifest(await readManifestText(options.file));
  const local = readMigrations();
  const backupMigrations = migrationsForBackup(manifest, local);

  const target = await inspectTarget(options.databaseUrl, options.media);
  if (!options.force && (target.tablesWithRows.length || target.mediaEntries)) {
    const what = [
      target.tablesWithRows.length ? `the database has rows in ${target.tablesWithRows.length} tables` : "",
      target.mediaEntries ? `${options.media.location} is not empty` : "",
    ].filter(Boolean);
    throw new RestoreRefused(
      `Nothing was changed: ${what.join(" and ")}. Restore into an empty site, or add --force to replace everything it holds.`,
    );
  }
  await mkdir(options.stagingParent, { recursive: true });
  const staging = await mkdtemp(path.join(options.stagingParent, ".masthead-restoring-"));
  try {
    const entries = manifest.tables.length + manifest.media.files + 1;
    const checking = options.progress?.("Checking the archive", entries);
    const media = await verifyArchive(options.file, manifest, staging, checking);
    checking?.done();

    // From here on the target changes.
    if (target.tables.length) await wipeSchema(options.databaseUrl);
    await migrate(options.databaseUrl, { migrations: backupMigrations });
    const loading = options.progress?.("Loading tables", manifest.tables.length);
    const rows = await loadTables(options.file, manifest, options.databaseUrl, loading).catch((error: Error) => {
      throw new BackupError(
        `Loading the tables failed and was rolled back, leaving the database migrated but empty: ${error.message}`,
      );
    });
    loading?.done();
    const staged = localDiskStorage(staging);
    await removeAllMedia(options.media);
    await copyMedia(staged, options.media, (await staged.list()).files, {
      label: "Putting media back",
      progress: options.progress,
    });
    const { applied } = await migrate(options.databaseUrl, { migrations: local });
    return { manifest, applied, rows, ...media };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

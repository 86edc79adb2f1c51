import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { readMigrations } from "../../../lib/db/migrate/files";
import { migrate } from "../../../lib/db/migrate/runner";
import { readManifestText } from "./archive";
import type { ProgressFactory } from "./create";
import { loadTables } from "./load";
import { BackupError, migrationsForBackup, parseManifest, type BackupManifest } from "./manifest";
import { inspectTarget, wipeSchema } from "./target";
import { verifyArchive, type MediaResult } from "./verify";

// `npm run restore -- <file>`: checks the archive's manifest, refuses a
// database or media folder that holds anything (unless forced), rebuilds the
// schema with the migrations the backup was made with, loads the tables and
// media, then applies any migrations this Masthead has that the backup's did
// not (restoring an older backup into a newer Masthead).

export class RestoreRefused extends BackupError {}

export interface RestoreOptions {
  file: string;
  databaseUrl: string;
  mediaRoot: string;
  /** Replace whatever the database and the media folder hold. */
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

  const mediaRoot = path.resolve(options.mediaRoot);
  const target = await inspectTarget(options.databaseUrl, mediaRoot);
  if (!options.force && (target.tablesWithRows.length || target.mediaEntries)) {
    const what = [
      target.tablesWithRows.length ? `the database has rows in ${target.tablesWithRows.length} tables` : "",
      target.mediaEntries ? `${mediaRoot} is not empty` : "",
    ].filter(Boolean);
    throw new RestoreRefused(
      `Nothing was changed: ${what.join(" and ")}. Restore into an empty site, or add --force to replace everything it holds.`,
    );
  }
  await mkdir(path.dirname(mediaRoot), { recursive: true });
  // Beside the media folder, so that moving it into place is a rename.
  const staging = await mkdtemp(`${mediaRoot}.restoring-`);
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
    await rm(mediaRoot, { recursive: true, force: true });
    await rename(staging, mediaRoot);
    const { applied } = await migrate(options.databaseUrl, { migrations: local });
    return { manifest, applied, rows, ...media };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

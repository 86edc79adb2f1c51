import { z } from "zod";
import type { MigrationFile } from "../../../lib/db/migrate/files";

// manifest.json, the first entry of every backup archive: what the archive
// holds and which migrations had built the database it came from. Restore
// reads it before touching anything, so an archive it cannot use is refused
// while the target is still as it was.

export const BACKUP_FORMAT = "masthead-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = "manifest.json";

export class BackupError extends Error {}

/** A table or column name as our migrations write them; anything else in an archive is refused. */
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, "not a plain SQL identifier");
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "not a SHA-256 in hex");

const tableSchema = z.object({
  name: identifier,
  columns: z.array(identifier).min(1),
  rows: z.number().int().nonnegative(),
  /** SHA-256 of the table's COPY text, checked again as it is loaded. */
  sha256,
});

const migrationSchema = z.object({ name: z.string().regex(/^[0-9]{14}_[a-z0-9_]+$/), checksum: sha256 });

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** The PostgreSQL server the dump was taken from (server_version). */
  server: z.string().max(200),
  migrations: z.array(migrationSchema).min(1),
  /** In load order: a table comes after every table it refers to. */
  tables: z.array(tableSchema).min(1),
  media: z.object({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** Media items in the database whose files were gone by the time they were copied (deleted meanwhile). */
    missing: z.array(z.string().max(200)),
  }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableEntry = z.infer<typeof tableSchema>;

export const tableEntryName = (table: string) => `database/${table}.copy.gz`;

export function parseManifest(text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError("The archive's manifest.json is not JSON: this is not a Masthead backup, or it is damaged.");
  }
  const head = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    throw new BackupError("This is not a Masthead backup (its manifest.json names no masthead-backup format).");
  }
  if (head.data.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup has format version ${head.data.formatVersion}; this Masthead reads version ${BACKUP_FORMAT_VERSION}. ` +
        `Restore it with the Masthead version that made it.`,
    );
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new BackupError(`The backup's manifest.json is damaged: ${issue.path.join(".")}: ${issue.message}.`);
  }
  return result.data;
}

/**
 * The local migration files that rebuild the backed-up schema, in order.
 * Refused when the backup was made with a migration this code does not have
 * (a newer Masthead) or with a different text of one (edited history).
 */
export function migrationsForBackup(manifest: BackupManifest, local: MigrationFile[]): MigrationFile[] {
  const byName = new Map(local.map((m) => [m.name, m]));
  return manifest.migrations.map(({ name, checksum }) => {
    const file = byName.get(name);
    if (!file) {
      throw new BackupError(
        `The backup was made by a Masthead with migration ${name}, which this one does not have: ` +
          `upgrade Masthead to the version that made the backup (or later), then restore.`,
      );
    }
    if (file.checksum !== checksum) {
      throw new BackupError(
        `Migration ${name} differs from the one the backed-up database was built with: restore with the Masthead version that made the backup.`,
      );
    }
    return file;
  });
}

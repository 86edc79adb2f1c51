import { describe, expect, it } from "vitest";
import { checksumOf, type MigrationFile } from "../../lib/db/migrate/files";
import { loadOrder } from "../../scripts/lib/backup/catalog";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  migrationsForBackup,
  parseManifest,
  type BackupManifest,
} from "../../scripts/lib/backup/manifest";

const migration = (name: string, sql = `-- ${name}`): MigrationFile => ({ name, sql, checksum: checksumOf(sql) });
const local = [migration("20260101000000_init"), migration("20260201000000_posts"), migration("20260301000000_media")];

const manifest = (over: Partial<BackupManifest> = {}): BackupManifest => ({
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  createdAt: "2026-12-05T12:00:00.000Z",
  server: "17.10",
  migrations: local.slice(0, 2).map(({ name, checksum }) => ({ name, checksum })),
  tables: [{ name: "Post", columns: ["id", "title"], rows: 2, sha256: "a".repeat(64) }],
  media: { files: 0, bytes: 0, missing: [] },
  ...over,
});

describe("reading a backup's manifest", () => {
  it("accepts the manifest a backup writes", () => {
    expect(parseManifest(JSON.stringify(manifest()))).toEqual(manifest());
  });

  it("refuses a file that is not JSON, another format, and a newer format version with a message that says which", () => {
    expect(() => parseManifest("PK\u0003\u0004")).toThrow(/not JSON/);
    expect(() => parseManifest(JSON.stringify({ format: "other", formatVersion: 1 }))).toThrow(/not a Masthead backup/);
    expect(() => parseManifest(JSON.stringify({ ...manifest(), formatVersion: 2 }))).toThrow(
      /format version 2; this Masthead reads version 1/,
    );
  });

  it("refuses a table name that is not a plain identifier, so nothing from an archive reaches SQL unchecked", () => {
    const hostile = manifest({
      tables: [{ name: 'Post"; DROP TABLE "User', columns: ["id"], rows: 0, sha256: "a".repeat(64) }],
    });
    expect(() => parseManifest(JSON.stringify(hostile))).toThrow(BackupError);
  });
});

describe("which migrations rebuild a backup's schema", () => {
  it("are this Masthead's files for the migrations the backup names, in order", () => {
    expect(migrationsForBackup(manifest(), local).map((m) => m.name)).toEqual([
      "20260101000000_init",
      "20260201000000_posts",
    ]);
  });

  it("a backup made with a migration this Masthead lacks is refused, asking for an upgrade", () => {
    const newer = manifest({
      migrations: [...manifest().migrations, { name: "20270101000000_future", checksum: "b".repeat(64) }],
    });
    expect(() => migrationsForBackup(newer, local)).toThrow(/20270101000000_future.*upgrade Masthead/);
  });

  it("a backup whose migration text differs from this Masthead's is refused", () => {
    const edited = manifest({ migrations: [{ name: "20260101000000_init", checksum: checksumOf("-- edited") }] });
    expect(() => migrationsForBackup(edited, local)).toThrow(/differs/);
  });
});

describe("the order tables load in", () => {
  it("puts every table after the tables it refers to, ties by name", () => {
    const edges = [
      { table: "Post", references: "User" },
      { table: "Comment", references: "Post" },
      { table: "Comment", references: "User" },
      { table: "Comment", references: "Comment" },
      { table: "Byline", references: "Post" },
    ];
    expect(loadOrder(["Comment", "Byline", "Tag", "Post", "User"], edges)).toEqual([
      "Tag",
      "User",
      "Post",
      "Byline",
      "Comment",
    ]);
  });

  it("refuses tables that refer to each other in a cycle, naming them", () => {
    const edges = [
      { table: "A", references: "B" },
      { table: "B", references: "A" },
    ];
    expect(() => loadOrder(["A", "B", "C"], edges)).toThrow(/cycle.*A, B/);
  });
});

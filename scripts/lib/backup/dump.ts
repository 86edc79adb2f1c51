import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Progress } from "../cli/progress";
import { readTables, refuseSequences, MIGRATIONS_TABLE } from "./catalog";
import { hashing } from "./checks";
import { BackupError, tableEntryName, type BackupManifest, type TableEntry } from "./manifest";

// The database half of a backup: every table copied out (COPY, text format,
// gzipped) inside one REPEATABLE READ READ ONLY transaction, which is how
// pg_dump gets its consistency: all tables as of one instant, while the site
// keeps writing.

export interface DatabaseDump {
  server: string;
  migrations: BackupManifest["migrations"];
  tables: TableEntry[];
  /** The Media rows' storage folders, as of the same instant. */
  mediaFolders: string[];
}

/** Writes <dir>/database/<table>.copy.gz for every table. */
export async function dumpDatabase(
  databaseUrl: string,
  dir: string,
  progress: (total: number) => Progress | undefined,
): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const server = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    const migrations = await appliedMigrations(client);
    await refuseSequences(client);
    const shapes = await readTables(client);
    const bar = progress(shapes.length);
    const tables: TableEntry[] = [];
    for (const shape of shapes) {
      const columns = shape.columns.map((c) => client.escapeIdentifier(c)).join(", ");
      const source = client.query(copyTo(`COPY ${client.escapeIdentifier(shape.name)} (${columns}) TO STDOUT`));
      const hash = createHash("sha256");
      const file = path.join(dir, tableEntryName(shape.name));
      await pipeline(source, hashing(hash), createGzip(), createWriteStream(file, { flags: "wx", mode: 0o600 }));
      tables.push({ ...shape, rows: source.rowCount, sha256: hash.digest("hex") });
      bar?.tick();
    }
    bar?.done();
    const media = await client.query<{ storageKey: string }>(`SELECT "storageKey" FROM "Media" ORDER BY 1`);
    await client.query("COMMIT");
    return { server, migrations, tables, mediaFolders: media.rows.map((r) => r.storageKey) };
  } finally {
    await client.end();
  }
}

async function appliedMigrations(client: pg.Client): Promise<BackupManifest["migrations"]> {
  const { rows } = await client
    .query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM ${MIGRATIONS_TABLE}
       WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
    )
    .catch((error: { code?: string }) => {
      if (error.code === "42P01") {
        throw new BackupError(
          "This database has no Masthead tables yet (never migrated): there is nothing to back up.",
        );
      }
      throw error;
    });
  return rows;
}

import { createHash } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Progress } from "../cli/progress";
import { drain, readArchive, type ArchiveEntry } from "./archive";
import { MIGRATIONS_TABLE, tablesInSchema } from "./catalog";
import { checkTable, hashing } from "./checks";
import { BackupError, tableEntryName, type BackupManifest, type TableEntry } from "./manifest";
import { withClient } from "./target";

// The restore's second reading of the archive (tables only, which come before
// the media): each table is copied into the freshly migrated schema. All in
// one transaction with the tables' own triggers off, so the rows arrive exactly
// as they were (search vectors and vocabulary included) and a failure leaves
// no table half filled. Foreign keys stay checked.

/** The number of rows loaded. */
export async function loadTables(
  file: string,
  manifest: BackupManifest,
  databaseUrl: string,
  progress?: Progress,
): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    await client.query("BEGIN");
    try {
      const names = await prepareTables(client, manifest.tables);
      let rows = 0;
      let next = 0;
      await readArchive(file, async (entry) => {
        if (!entry.name.startsWith("database/")) return drain(entry.body);
        const table = manifest.tables[next++]!;
        if (entry.name !== tableEntryName(table.name)) throw new BackupError(`The archive changed while it was read.`);
        rows += await loadTable(client, table, entry);
        progress?.tick();
        return next === manifest.tables.length ? "stop" : undefined;
      });
      for (const name of names) await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
      await client.query("COMMIT");
      return rows;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  });
}

/** Checks the migrated schema has exactly the backed-up tables, empties them (a migration may insert rows), turns their triggers off. */
async function prepareTables(client: pg.Client, tables: TableEntry[]): Promise<string[]> {
  const present = (await tablesInSchema(client)).filter((t) => t !== MIGRATIONS_TABLE);
  const expected = tables.map((t) => t.name);
  const differ = [...new Set([...present, ...expected])].filter((t) => present.includes(t) !== expected.includes(t));
  if (differ.length) {
    throw new BackupError(
      `The migrated schema and the backup disagree about these tables: ${differ.sort().join(", ")}.`,
    );
  }
  const names = expected.map((t) => client.escapeIdentifier(t));
  await client.query(`TRUNCATE ${names.join(", ")}`);
  for (const name of names) await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
  return names;
}

async function loadTable(client: pg.Client, table: TableEntry, entry: ArchiveEntry): Promise<number> {
  const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(", ");
  const sink = client.query(copyFrom(`COPY ${client.escapeIdentifier(table.name)} (${columns}) FROM STDIN`));
  const hash = createHash("sha256");
  await pipeline(entry.body, createGunzip(), hashing(hash), sink);
  checkTable(table, hash, sink.rowCount);
  return sink.rowCount;
}

import type pg from "pg";
import { BackupError } from "./manifest";

// The tables a backup carries, read from the catalog rather than listed by
// hand, so a table added by a future migration is backed up without anyone
// remembering to add it here.

/** Rebuilt by the migration runner on restore, never copied. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export interface TableShape {
  name: string;
  /** Stored columns in their table order (generated columns are computed again on load). */
  columns: string[];
}

export interface ForeignKeyEdge {
  table: string;
  references: string;
}

/** The public schema's tables, each after every table it refers to. */
export async function readTables(client: pg.ClientBase): Promise<TableShape[]> {
  const columns = await client.query<{ table: string; columns: string[] }>(
    `
    SELECT c.relname AS table, array_agg(a.attname ORDER BY a.attnum)::text[] AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relkind = 'r' AND c.relname <> $1
    GROUP BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const edges = await client.query<ForeignKeyEdge>(`
    SELECT DISTINCT t.relname AS table, r.relname AS references
    FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid
    JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    WHERE con.contype = 'f'`);
  const byName = new Map(columns.rows.map((row) => [row.table, row]));
  return loadOrder([...byName.keys()], edges.rows).map((name) => ({ name, columns: byName.get(name)!.columns }));
}

/**
 * Tables ordered so that each comes after the tables it refers to (ties by
 * name, so two backups of one schema list them alike). A table's references
 * to itself are left to PostgreSQL, which checks them at the end of each COPY.
 */
export function loadOrder(tables: string[], edges: ForeignKeyEdge[]): string[] {
  const waitingFor = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { table, references } of edges) {
    if (table !== references && waitingFor.has(references)) waitingFor.get(table)?.add(references);
  }
  const ordered: string[] = [];
  while (waitingFor.size) {
    const ready = [...waitingFor].filter(([, needs]) => needs.size === 0).map(([t]) => t);
    if (!ready.length) {
      throw new BackupError(
        `These tables refer to each other in a cycle, which a table-by-table load cannot satisfy: ${[...waitingFor.keys()].sort().join(", ")}.`,
      );
    }
    const next = ready.sort()[0]!;
    ordered.push(next);
    waitingFor.delete(next);
    for (const needs of waitingFor.values()) needs.delete(next);
  }
  return ordered;
}

/** Sequence values are not carried by this format: refuse rather than restore ids that would collide. */
export async function refuseSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE c.relkind = 'S' ORDER BY 1`);
  if (rows.length) {
    throw new BackupError(
      `The database has sequences (${rows.map((r) => r.name).join(", ")}), whose positions this backup format does not carry yet.`,
    );
  }
}

export async function tablesInSchema(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE c.relkind IN ('r', 'p') ORDER BY 1`);
  return rows.map((r) => r.name);
}

import pg from "pg";
import type { ReferentialAction, SchemaShape } from "./schema-shape";

// What a live database actually holds (public schema), in the same shape as
// expected-schema.ts produces. Prisma's own bookkeeping table is left out.

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT",
};
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

export async function readCatalog(databaseUrl: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const shape: SchemaShape = { enums: {}, tables: {}, indexes: [], foreignKeys: [] };

    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const row of enums.rows) shape.enums[row.name] = row.values;

    const columns = await client.query<{ table: string; name: string; type: string; notnull: boolean; default: string | null }>(`
      SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`);
    for (const row of columns.rows) {
      if (IGNORED_TABLES.has(row.table)) continue;
      (shape.tables[row.table] ??= []).push({ name: row.name, type: row.type, nullable: !row.notnull, default: row.default });
    }

    const indexes = await client.query<{ name: string; table: string; columns: string[]; unique: boolean; primary: boolean }>(`
      SELECT ic.relname AS name, tc.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
             array(
               SELECT a.attname || CASE WHEN (i.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               ORDER BY k.ord
             )::text[] AS columns
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_class tc ON tc.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = tc.relnamespace AND n.nspname = 'public'`);
    shape.indexes = indexes.rows.filter((r) => !IGNORED_TABLES.has(r.table));

    const fks = await client.query<{
      name: string; table: string; columns: string[]; ref_table: string; ref_columns: string[]; del: string; upd: string;
    }>(`
      SELECT con.conname AS name, t.relname AS table, r.relname AS ref_table,
             con.confdeltype AS del, con.confupdtype AS upd,
             array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns,
             array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS ref_columns
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      WHERE con.contype = 'f'`);
    shape.foreignKeys = fks.rows.map((r) => ({
      name: r.name, table: r.table, columns: r.columns, refTable: r.ref_table, refColumns: r.ref_columns,
      onDelete: ACTIONS[r.del]!, onUpdate: ACTIONS[r.upd]!,
    }));
    return shape;
  } finally {
    await client.end();
  }
}

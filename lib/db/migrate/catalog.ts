import pg from "pg";
import {
  emptyShape,
  type FunctionShape,
  type ReferentialAction,
  type SchemaShape,
  type TriggerShape,
} from "./schema-shape";

// What a live database actually holds (public schema), in the same shape as
// expected-schema.ts produces. Prisma's own bookkeeping table is left out.

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

export async function readCatalog(databaseUrl: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const shape = emptyShape();

    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const row of enums.rows) shape.enums[row.name] = row.values;

    const columns = await client.query<{
      table: string;
      name: string;
      type: string;
      notnull: boolean;
      default: string | null;
    }>(`
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
      (shape.tables[row.table] ??= []).push({
        name: row.name,
        type: row.type,
        nullable: !row.notnull,
        default: row.default,
      });
    }

    // A column's operator class is named only when it is not its type's default (as schema.prisma's `ops:`).
    const indexes = await client.query<{
      name: string;
      table: string;
      columns: string[];
      unique: boolean;
      primary: boolean;
      method: string;
    }>(`
      SELECT ic.relname AS name, tc.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
             am.amname AS method,
             array(
               SELECT a.attname
                      || CASE WHEN opc.opcdefault THEN '' ELSE ' ' || opc.opcname END
                      || CASE WHEN (i.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               JOIN pg_opclass opc ON opc.oid = i.indclass[k.ord - 1]
               ORDER BY k.ord
             )::text[] AS columns
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_am am ON am.oid = ic.relam
      JOIN pg_class tc ON tc.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = tc.relnamespace AND n.nspname = 'public'`);
    shape.indexes = indexes.rows.filter((r) => !IGNORED_TABLES.has(r.table));

    const fks = await client.query<{
      name: string;
      table: string;
      columns: string[];
      ref_table: string;
      ref_columns: string[];
      del: string;
      upd: string;
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
      name: r.name,
      table: r.table,
      columns: r.columns,
      refTable: r.ref_table,
      refColumns: r.ref_columns,
      onDelete: ACTIONS[r.del]!,
      onUpdate: ACTIONS[r.upd]!,
    }));
    await readDatabaseOnlyObjects(client, shape);
    return shape;
  } finally {
    await client.end();
  }
}

const VOLATILITY: Record<string, FunctionShape["volatility"]> = { i: "IMMUTABLE", s: "STABLE", v: "VOLATILE" };

/** Extensions, the public functions no extension owns, and user triggers: what schema.prisma can't declare. */
async function readDatabaseOnlyObjects(client: pg.Client, shape: SchemaShape): Promise<void> {
  const extensions = await client.query<{ name: string }>(`SELECT extname AS name FROM pg_extension`);
  shape.extensions = extensions.rows.map((r) => ({ name: r.name }));

  // The signature is built by hand rather than with ::regprocedure, which
  // schema-qualifies the name whenever public is not on the search_path.
  const functions = await client.query<{ name: string; result: string; volatility: string; language: string }>(`
    SELECT p.proname || '(' || array_to_string(array(
             SELECT format_type(t.oid, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS k(oid, ord)
             JOIN pg_type t ON t.oid = k.oid ORDER BY k.ord), ', ') || ')' AS name,
           pg_get_function_result(p.oid) AS result, p.provolatile AS volatility, l.lanname AS language
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
    JOIN pg_language l ON l.oid = p.prolang
    WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`);
  shape.functions = functions.rows.map((r) => ({ ...r, volatility: VOLATILITY[r.volatility]! }));

  const triggers = await client.query<{
    name: string;
    table: string;
    type: number;
    columns: string[];
    function: string;
  }>(`
    SELECT t.tgname AS name, c.relname AS table, t.tgtype::int AS type, f.proname AS function,
           array(SELECT a.attname FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_proc f ON f.oid = t.tgfoid
    WHERE NOT t.tgisinternal`);
  shape.triggers = triggers.rows.filter((r) => !IGNORED_TABLES.has(r.table)).map(triggerShape);
}

// pg_trigger.tgtype bits, from PostgreSQL's include/catalog/pg_trigger.h.
function triggerShape(row: {
  name: string;
  table: string;
  type: number;
  columns: string[];
  function: string;
}): TriggerShape {
  const bit = (b: number) => (row.type & b) !== 0;
  const events = [
    [4, "INSERT"],
    [16, "UPDATE"],
    [8, "DELETE"],
    [32, "TRUNCATE"],
  ] as const;
  return {
    name: row.name,
    table: row.table,
    timing: bit(64) ? "INSTEAD OF" : bit(2) ? "BEFORE" : "AFTER",
    level: bit(1) ? "ROW" : "STATEMENT",
    events: events.filter(([b]) => bit(b)).map(([, name]) => name),
    columns: row.columns,
    function: row.function,
  };
}

// The database shape the drift check compares: what schema.prisma declares
// (expected-schema.ts) against what a migrated database holds (catalog.ts).

export interface ColumnShape {
  name: string;
  /** As Postgres's format_type() prints it, e.g. "timestamp(3) with time zone". */
  type: string;
  nullable: boolean;
  /** As pg_get_expr() prints the default, or null. */
  default: string | null;
}

export interface IndexShape {
  name: string;
  table: string;
  /**
   * Column names in order; " <operator class>" appended where it is not the
   * type's default one, then " DESC" where descending.
   */
  columns: string[];
  unique: boolean;
  primary: boolean;
  /** The access method as pg_am names it: "btree", "gin", "gist", "hash", "brin", "spgist". */
  method: string;
}

export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

export interface ForeignKeyShape {
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface ExtensionShape {
  name: string;
}

/** A function in the public schema that no extension owns. Bodies are not compared. */
export interface FunctionShape {
  /** The signature as regprocedure prints it, e.g. "post_search_config(text)": overloads are distinct. */
  name: string;
  /** As pg_get_function_result() prints it. */
  result: string;
  volatility: "IMMUTABLE" | "STABLE" | "VOLATILE";
  language: string;
}

/** A user trigger (not the ones PostgreSQL creates for foreign keys). */
export interface TriggerShape {
  name: string;
  table: string;
  timing: "BEFORE" | "AFTER" | "INSTEAD OF";
  level: "ROW" | "STATEMENT";
  /** In the order INSERT, UPDATE, DELETE, TRUNCATE. */
  events: string[];
  /** UPDATE OF these columns; empty when any update fires it. */
  columns: string[];
  function: string;
}

export interface SchemaShape {
  enums: Record<string, string[]>;
  tables: Record<string, ColumnShape[]>;
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
  extensions: ExtensionShape[];
  functions: FunctionShape[];
  triggers: TriggerShape[];
}

export function emptyShape(): SchemaShape {
  return { enums: {}, tables: {}, indexes: [], foreignKeys: [], extensions: [], functions: [], triggers: [] };
}

/** Every difference between two shapes, one human-readable line each. */
export function diffShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const out: string[] = [];
  const show = (v: unknown) => JSON.stringify(v);

  for (const [name, values] of Object.entries(expected.enums)) {
    const got = actual.enums[name];
    if (!got) out.push(`enum ${name}: missing from the database`);
    else if (show(got) !== show(values)) out.push(`enum ${name}: values ${show(got)}, schema declares ${show(values)}`);
  }
  for (const name of Object.keys(actual.enums)) {
    if (!expected.enums[name]) out.push(`enum ${name}: in the database but not in schema.prisma`);
  }

  for (const [table, columns] of Object.entries(expected.tables)) {
    const got = actual.tables[table];
    if (!got) {
      out.push(`table ${table}: missing from the database`);
      continue;
    }
    for (const column of columns) {
      const found = got.find((c) => c.name === column.name);
      if (!found) {
        out.push(`column ${table}.${column.name}: missing from the database`);
        continue;
      }
      for (const key of ["type", "nullable", "default"] as const) {
        if (found[key] !== column[key]) {
          out.push(
            `column ${table}.${column.name}: ${key} is ${show(found[key])}, schema declares ${show(column[key])}`,
          );
        }
      }
    }
    for (const column of got) {
      if (!columns.some((c) => c.name === column.name)) {
        out.push(`column ${table}.${column.name}: in the database but not in schema.prisma`);
      }
    }
  }
  for (const table of Object.keys(actual.tables)) {
    if (!expected.tables[table]) out.push(`table ${table}: in the database but not in schema.prisma`);
  }

  diffNamed(out, "index", expected.indexes, actual.indexes);
  diffNamed(out, "foreign key", expected.foreignKeys, actual.foreignKeys);
  // schema.prisma cannot declare these: they are expected from database-only.ts alone.
  const list = "lib/db/migrate/database-only.ts";
  diffNamed(out, "extension", expected.extensions, actual.extensions, list);
  diffNamed(out, "function", expected.functions, actual.functions, list);
  // Trigger names are unique per table only.
  diffNamed(out, "trigger", expected.triggers, actual.triggers, list, (t) => `${t.table}.${t.name}`);
  return out;
}

function diffNamed<T extends { name: string }>(
  out: string[],
  kind: string,
  expected: T[],
  actual: T[],
  declaredIn = "schema.prisma",
  id: (item: T) => string = (item) => item.name,
) {
  const key = (item: T) => JSON.stringify(item, Object.keys(item).sort());
  for (const item of expected) {
    const found = actual.find((a) => id(a) === id(item));
    if (!found) out.push(`${kind} ${id(item)}: missing from the database (${declaredIn} declares ${key(item)})`);
    else if (key(found) !== key(item))
      out.push(`${kind} ${id(item)}: database has ${key(found)}, ${declaredIn} declares ${key(item)}`);
  }
  for (const item of actual) {
    if (!expected.some((e) => id(e) === id(item)))
      out.push(`${kind} ${id(item)}: in the database but not in ${declaredIn}`);
  }
}

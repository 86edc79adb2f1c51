import { DATABASE_ONLY } from "./database-only";
import type { ColumnShape, IndexShape, SchemaShape } from "./schema-shape";

// Renders a shape as the SQL `prisma migrate diff --from-empty --script`
// would write, so a first migration (or the statements for a new table) can be
// produced on a machine without Prisma's schema engine: `npm run db:schema-sql`.

const q = (identifier: string) => `"${identifier}"`;
// "title gin_trgm_ops DESC" → "title" gin_trgm_ops DESC: only the name is an identifier.
const list = (columns: string[]) => columns.map((c) => c.replace(/^(\S+)/, (name) => q(name))).join(", ");
// Prisma writes USING only for a method other than B-tree.
const using = (index: IndexShape) => (index.method === "btree" ? "" : ` USING ${index.method.toUpperCase()} `);

function ddlType(table: string, column: ColumnShape): string {
  // Unsupported("…") types are written as declared, as Prisma does.
  if (DATABASE_ONLY.unsupportedColumns.some((c) => c.table === table && c.column.name === column.name))
    return column.type;
  if (column.default?.startsWith("nextval(")) return column.type === "bigint" ? "BIGSERIAL" : "SERIAL";
  return column.type
    .replace(/^timestamp\((\d)\) with time zone/, "TIMESTAMPTZ($1)")
    .replace(/^timestamp\((\d)\) without time zone/, "TIMESTAMP($1)")
    .replace(/^character varying/, "VARCHAR")
    .replace(/^character\b/, "CHAR")
    .replace(/^numeric/, "DECIMAL")
    .replace(/^[a-z][a-z ]*/, (m) => m.toUpperCase());
}

function ddlDefault(column: ColumnShape): string {
  if (column.default === null || column.default.startsWith("nextval(")) return "";
  return ` DEFAULT ${column.default.replace(/::[a-z "A-Z_]+$/, "")}`;
}

export function renderCreateSql(shape: SchemaShape): string {
  const parts: string[] = [];
  // plpgsql comes with every database.
  for (const extension of shape.extensions.filter((e) => e.name !== "plpgsql")) {
    parts.push(`-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS ${q(extension.name)};`);
  }
  for (const [name, values] of Object.entries(shape.enums)) {
    parts.push(`-- CreateEnum\nCREATE TYPE ${q(name)} AS ENUM (${values.map((v) => `'${v}'`).join(", ")});`);
  }
  for (const [table, columns] of Object.entries(shape.tables)) {
    const pk = shape.indexes.find((i) => i.table === table && i.primary);
    const lines = columns.map(
      (c) => `    ${q(c.name)} ${ddlType(table, c)}${c.nullable ? "" : " NOT NULL"}${ddlDefault(c)},`,
    );
    if (pk) lines.push(`\n    CONSTRAINT ${q(pk.name)} PRIMARY KEY (${list(pk.columns)})`);
    else lines[lines.length - 1] = lines.at(-1)!.replace(/,$/, "");
    parts.push(`-- CreateTable\nCREATE TABLE ${q(table)} (\n${lines.join("\n")}\n);`);
  }
  for (const index of shape.indexes.filter((i) => !i.primary)) {
    parts.push(
      `-- CreateIndex\nCREATE ${index.unique ? "UNIQUE " : ""}INDEX ${q(index.name)} ON ${q(index.table)}${using(index)}(${list(index.columns)});`,
    );
  }
  for (const fk of shape.foreignKeys) {
    parts.push(
      `-- AddForeignKey\nALTER TABLE ${q(fk.table)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${list(fk.columns)}) ` +
        `REFERENCES ${q(fk.refTable)}(${list(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate};`,
    );
  }
  if (shape.functions.length || shape.triggers.length) {
    const names = [
      ...shape.functions.map((f) => `function ${f.name}`),
      ...shape.triggers.map((t) => `trigger ${t.name} on ${t.table}`),
    ];
    parts.push(
      `-- Not rendered: their SQL lives in the migrations (listed in lib/db/migrate/database-only.ts):\n-- ${names.join("\n-- ")}`,
    );
  }
  return parts.join("\n\n") + "\n";
}

import type { ColumnShape, SchemaShape } from "./schema-shape";

// Renders a shape as the SQL `prisma migrate diff --from-empty --script`
// would write, so a first migration (or the statements for a new table) can be
// produced on a machine without Prisma's schema engine: `npm run db:schema-sql`.

const q = (identifier: string) => `"${identifier}"`;
const list = (columns: string[]) =>
  columns.map((c) => (c.endsWith(" DESC") ? `${q(c.slice(0, -5))} DESC` : q(c))).join(", ");

function ddlType(column: ColumnShape): string {
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
  for (const [name, values] of Object.entries(shape.enums)) {
    parts.push(`-- CreateEnum\nCREATE TYPE ${q(name)} AS ENUM (${values.map((v) => `'${v}'`).join(", ")});`);
  }
  for (const [table, columns] of Object.entries(shape.tables)) {
    const pk = shape.indexes.find((i) => i.table === table && i.primary);
    const lines = columns.map((c) => `    ${q(c.name)} ${ddlType(c)}${c.nullable ? "" : " NOT NULL"}${ddlDefault(c)},`);
    if (pk) lines.push(`\n    CONSTRAINT ${q(pk.name)} PRIMARY KEY (${list(pk.columns)})`);
    else lines[lines.length - 1] = lines.at(-1)!.replace(/,$/, "");
    parts.push(`-- CreateTable\nCREATE TABLE ${q(table)} (\n${lines.join("\n")}\n);`);
  }
  for (const index of shape.indexes.filter((i) => !i.primary)) {
    parts.push(
      `-- CreateIndex\nCREATE ${index.unique ? "UNIQUE " : ""}INDEX ${q(index.name)} ON ${q(index.table)}(${list(index.columns)});`,
    );
  }
  for (const fk of shape.foreignKeys) {
    parts.push(
      `-- AddForeignKey\nALTER TABLE ${q(fk.table)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${list(fk.columns)}) ` +
        `REFERENCES ${q(fk.refTable)}(${list(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate};`,
    );
  }
  return parts.join("\n\n") + "\n";
}


import "server-only";
import type { Db, Prisma } from "../../db";

// Many rows into one table in one statement, for the imports' batches: the
// rows travel as a single JSON document and PostgreSQL turns each into the
// table's own row type (jsonb_populate_recordset), so enums, timestamps and
// JSON columns convert exactly as in a column-by-column insert, and columns
// left out take their defaults. Prisma's createMany compiled a new query
// plan for every batch (its shape depends on the rows), which cost the
// import of a 20,000-post export about 7 ms of CPU per post and most of its
// heap growth; this statement's text depends only on the table and columns.

type Client = Pick<Db, "$executeRawUnsafe">;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Inserts `rows` into the model's table. Every row must set the same
 * columns (a value of undefined counts as not set; null is written as NULL).
 */
export async function insertRows(
  client: Client,
  model: Prisma.ModelName,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = setColumns(rows[0]!);
  for (const row of rows) {
    const own = setColumns(row);
    if (own.length !== columns.length || own.some((c, i) => c !== columns[i]))
      throw new TypeError(`insertRows(${model}): rows set different columns.`);
  }
  for (const name of [model, ...columns])
    if (!IDENTIFIER.test(name)) throw new TypeError(`insertRows: ${JSON.stringify(name)} is not an identifier.`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  await client.$executeRawUnsafe(
    `INSERT INTO "${model}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${model}", $1::jsonb)`,
    JSON.stringify(rows),
  );
}

const setColumns = (row: Record<string, unknown>) => Object.keys(row).filter((k) => row[k] !== undefined);

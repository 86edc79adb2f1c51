import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/db/migrate/catalog";
import { expectedSchema } from "../../lib/db/migrate/expected-schema";
import { migrate } from "../../lib/db/migrate/runner";
import { diffShapes, type SchemaShape } from "../../lib/db/migrate/schema-shape";
import { createScratchDatabase } from "../helpers/scratch-database";

let catalog: SchemaShape;
let drop: () => Promise<void>;

beforeAll(async () => {
  const scratch = await createScratchDatabase();
  drop = scratch.drop;
  await migrate(scratch.url);
  catalog = await readCatalog(scratch.url);
});
afterAll(() => drop());

describe("schema drift", () => {
  it("a freshly migrated database matches everything schema.prisma declares", () => {
    const differences = diffShapes(expectedSchema(), catalog);
    // On failure the message lists every difference; write a new migration for them.
    expect(differences, `schema.prisma and prisma/migrations disagree:\n${differences.join("\n")}`).toEqual([]);
  });

  it("reports a column declared in the schema but missing from the migrations", () => {
    const expected = expectedSchema();
    expected.tables.Post!.push({ name: "subtitle", type: "text", nullable: true, default: null });
    expect(diffShapes(expected, catalog)).toEqual(["column Post.subtitle: missing from the database"]);
  });

  it("reports changed nullability, defaults, indexes and foreign keys", () => {
    const expected = expectedSchema();
    const title = expected.tables.Post!.find((c) => c.name === "title")!;
    title.nullable = true;
    expected.indexes = expected.indexes.filter((i) => i.name !== "Post_status_publishedAt_idx");
    expected.foreignKeys.find((f) => f.name === "Byline_postId_fkey")!.onDelete = "RESTRICT";
    const differences = diffShapes(expected, catalog);
    expect(differences).toContain("column Post.title: nullable is false, schema declares true");
    expect(differences).toContain("index Post_status_publishedAt_idx: in the database but not in schema.prisma");
    expect(differences.some((d) => d.startsWith("foreign key Byline_postId_fkey: database has"))).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/db/migrate/catalog";
import { DATABASE_ONLY } from "../../lib/db/migrate/database-only";
import { expectedSchema } from "../../lib/db/migrate/expected-schema";
import { migrate } from "../../lib/db/migrate/runner";
import { diffShapes, type SchemaShape } from "../../lib/db/migrate/schema-shape";
import { createScratchDatabase } from "../helpers/scratch-database";

// The drift check for what search added: an Unsupported column, GIN indexes
// with an operator class, an extension, functions and a trigger. Each must be
// compared, not merely tolerated.

let catalog: SchemaShape;
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  const scratch = await createScratchDatabase();
  ({ url, drop } = scratch);
  await migrate(url);
  catalog = await readCatalog(url);
});
afterAll(() => drop());

async function sql(statements: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

describe("schema drift of the search objects", () => {
  it("the catalog reports the search column, the trigram indexes, pg_trgm and fuzzystrmatch, the functions and the triggers", () => {
    expect(catalog.tables.Post).toContainEqual({
      name: "searchVector",
      type: "tsvector",
      nullable: true,
      default: null,
    });
    expect(catalog.indexes).toContainEqual({
      name: "Post_searchVector_idx",
      table: "Post",
      columns: ["searchVector"],
      unique: false,
      primary: false,
      method: "gin",
    });
    expect(catalog.indexes).toContainEqual({
      name: "Post_title_trgm_idx",
      table: "Post",
      columns: ["title gin_trgm_ops"],
      unique: false,
      primary: false,
      method: "gin",
    });
    expect(catalog.indexes.find((i) => i.name === "Post_status_publishedAt_idx")?.method).toBe("btree");
    expect(catalog.extensions.map((e) => e.name).sort()).toEqual(["fuzzystrmatch", "pg_trgm", "plpgsql"]);
    // pg_trgm's and fuzzystrmatch's own functions belong to the extensions and are not listed.
    expect(catalog.functions.map((f) => f.name).sort()).toEqual([
      "post_search_config(text)",
      "post_search_vector_refresh()",
      "search_vocabulary_link_changed()",
      "search_vocabulary_name_changed()",
      "search_vocabulary_post_changed()",
      "search_vocabulary_refresh(text[])",
    ]);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...catalog.triggers].sort(byName)).toEqual([...DATABASE_ONLY.triggers].sort(byName));
  });

  it("the expected shape declares the same objects, so a fresh database shows no drift", () => {
    expect(diffShapes(expectedSchema(), catalog)).toEqual([]);
  });

  it("reports undeclared columns, functions, triggers and extensions, and changed index methods", async () => {
    await sql(`
      ALTER TABLE "Post" ADD COLUMN "secretVector" tsvector;
      CREATE EXTENSION unaccent;
      CREATE FUNCTION post_search_config(text, integer) RETURNS regconfig LANGUAGE sql STABLE AS $$ SELECT 'simple'::regconfig $$;
      DROP TRIGGER post_search_vector_refresh ON "Post";
      CREATE TRIGGER post_search_vector_other BEFORE UPDATE ON "Post" FOR EACH ROW EXECUTE FUNCTION post_search_vector_refresh();
      DROP INDEX "Post_searchVector_idx";
      CREATE INDEX "Post_searchVector_idx" ON "Post" USING gist ("searchVector");
      DROP INDEX "Post_title_trgm_idx";
      CREATE INDEX "Post_title_trgm_idx" ON "Post" ("title");
    `);
    const differences = diffShapes(expectedSchema(), await readCatalog(url));
    expect(differences).toHaveLength(7);
    expect(differences).toContain("column Post.secretVector: in the database but not in schema.prisma");
    expect(differences).toContain("extension unaccent: in the database but not in lib/db/migrate/database-only.ts");
    expect(differences).toContain(
      "function post_search_config(text, integer): in the database but not in lib/db/migrate/database-only.ts",
    );
    expect(
      differences.some((d) => d.startsWith("trigger Post.post_search_vector_refresh: missing from the database")),
    ).toBe(true);
    expect(differences).toContain(
      "trigger Post.post_search_vector_other: in the database but not in lib/db/migrate/database-only.ts",
    );
    expect(differences.find((d) => d.startsWith("index Post_searchVector_idx:"))).toMatch(
      /database has .*"method":"gist"/,
    );
    expect(differences.find((d) => d.startsWith("index Post_title_trgm_idx:"))).toMatch(
      /database has .*"columns":\["title"\]/,
    );
  });
});

describe("the database-only list and schema.prisma agree on Unsupported columns", () => {
  const schemaText = readFileSync("prisma/schema.prisma", "utf8");

  it("an Unsupported field schema.prisma declares but the list leaves out is refused", () => {
    const extra = schemaText.replace(/^(\s*searchVector\s.*)$/m, `$1\n  otherVector Unsupported("tsvector")?`);
    expect(() => expectedSchema({ schemaText: extra })).toThrow(/schema\.prisma declares Post\.otherVector/);
  });

  it("a listed column schema.prisma does not declare is refused", () => {
    const without = schemaText.replace(/^\s*searchVector\s.*$/m, "").replace(/^\s*@@index\(\[searchVector\].*$/m, "");
    expect(() => expectedSchema({ schemaText: without })).toThrow(/database-only\.ts lists Post\.searchVector/);
  });

  it("a listed column whose type or optionality differs is refused", () => {
    const required = schemaText.replace(/Unsupported\("tsvector"\)\?/, 'Unsupported("tsvector")');
    expect(() => expectedSchema({ schemaText: required })).toThrow(/Unsupported columns disagree/);
    const otherType = schemaText.replace(/Unsupported\("tsvector"\)\?/, 'Unsupported("tsquery")?');
    expect(() => expectedSchema({ schemaText: otherType })).toThrow(/Unsupported columns disagree/);
  });
});

import type { ColumnShape, ExtensionShape, FunctionShape, TriggerShape } from "./schema-shape";

// The one list of database objects the drift check expects in addition to
// what Prisma's DMMF reports. DMMF leaves out Unsupported(...) fields
// entirely, and schema.prisma cannot declare extensions (without the
// postgresqlExtensions preview), functions or triggers at all. Everything a
// migration creates that schema.prisma cannot describe is listed here, so the
// check stays exhaustive: anything in the database that is neither declared
// in schema.prisma nor listed here is reported as drift.
//
// Function bodies are not compared (the migration is their source of truth);
// their signature, result, volatility and language are. Extension versions
// are not compared either: they come with the server, not with a migration.

export interface UnsupportedColumn {
  /** The model, and the field name schema.prisma gives the column (indexes refer to it). */
  model: string;
  field: string;
  /** Exactly the text inside Unsupported("…") in schema.prisma. */
  unsupportedType: string;
  /** The table and column as the database has them (format_type() spelling). */
  table: string;
  column: ColumnShape;
}

export interface DatabaseOnlyObjects {
  unsupportedColumns: UnsupportedColumn[];
  extensions: ExtensionShape[];
  functions: FunctionShape[];
  triggers: TriggerShape[];
}

export const DATABASE_ONLY: DatabaseOnlyObjects = {
  unsupportedColumns: [
    // Post search (migration 20261122100000_post_search).
    {
      model: "Post",
      field: "searchVector",
      unsupportedType: "tsvector",
      table: "Post",
      column: { name: "searchVector", type: "tsvector", nullable: true, default: null },
    },
  ],
  extensions: [
    // In every database created from template0/template1.
    { name: "plpgsql" },
    // Trigram similarity for the search's typo-tolerant title fallback.
    { name: "pg_trgm" },
    // levenshtein() ranks the search's spelling suggestions.
    { name: "fuzzystrmatch" },
  ],
  functions: [
    { name: "post_search_config(text)", result: "regconfig", volatility: "STABLE", language: "sql" },
    { name: "post_search_vector_refresh()", result: "trigger", volatility: "VOLATILE", language: "plpgsql" },
    // The search vocabulary (migration 20261204110000_search_vocabulary).
    { name: "search_vocabulary_refresh(text[])", result: "void", volatility: "VOLATILE", language: "plpgsql" },
    { name: "search_vocabulary_post_changed()", result: "trigger", volatility: "VOLATILE", language: "plpgsql" },
    { name: "search_vocabulary_link_changed()", result: "trigger", volatility: "VOLATILE", language: "plpgsql" },
    { name: "search_vocabulary_name_changed()", result: "trigger", volatility: "VOLATILE", language: "plpgsql" },
  ],
  triggers: [
    {
      name: "post_search_vector_refresh",
      table: "Post",
      timing: "BEFORE",
      level: "ROW",
      events: ["INSERT", "UPDATE"],
      columns: ["title", "standfirst", "plainText", "language"],
      function: "post_search_vector_refresh",
    },
    ...vocabularyTriggers(),
  ],
};

function vocabularyTriggers(): TriggerShape[] {
  const after = (
    name: string,
    table: string,
    level: TriggerShape["level"],
    events: string[],
    func: string,
    columns: string[] = [],
  ): TriggerShape => ({ name, table, timing: "AFTER", level, events, columns, function: func });
  const post = "search_vocabulary_post_changed";
  const link = "search_vocabulary_link_changed";
  const name = "search_vocabulary_name_changed";
  return [
    after("search_vocabulary_post_inserted", "Post", "STATEMENT", ["INSERT"], post),
    after("search_vocabulary_post_deleted", "Post", "STATEMENT", ["DELETE"], post),
    after("search_vocabulary_post_updated", "Post", "ROW", ["UPDATE"], post, [
      "title",
      "standfirst",
      "plainText",
      "status",
    ]),
    ...(["PostTag", "Byline"] as const).flatMap((table) => {
      const prefix = table === "PostTag" ? "search_vocabulary_tags" : "search_vocabulary_bylines";
      return [
        after(`${prefix}_inserted`, table, "STATEMENT", ["INSERT"], link),
        after(`${prefix}_updated`, table, "STATEMENT", ["UPDATE"], link),
        after(`${prefix}_deleted`, table, "STATEMENT", ["DELETE"], link),
      ];
    }),
    after("search_vocabulary_tag_renamed", "Tag", "ROW", ["UPDATE"], name, ["name"]),
    after("search_vocabulary_contributor_renamed", "Contributor", "ROW", ["UPDATE"], name, ["name"]),
  ];
}

-- Post search: a weighted full-text document per post, kept up to date by the
-- database, and a trigram index on titles for the typo-tolerant fallback.
-- Read only by lib/search/queries.ts (raw SQL); schema.prisma declares the
-- column as Unsupported("tsvector") and lib/db/migrate/database-only.ts lists
-- the extension, functions and trigger below for the drift check.
--
-- Trigger rather than a generated column. A STORED generated column would work
-- (to_tsvector(regconfig, text) is immutable and the language can be mapped
-- with an inline CASE), but:
--   * the language → configuration mapping could not be a function of its own:
--     a generated column may only call IMMUTABLE functions, and a
--     'dutch'::regconfig lookup is honestly only STABLE. As a function it is
--     used again at query time (ts_headline needs each post's configuration),
--     so the mapping is written once;
--   * changing the weights or the mapping later is CREATE OR REPLACE FUNCTION
--     plus a backfill UPDATE in a new migration; a generated column would have
--     to be dropped and re-added (PostgreSQL < 17 cannot change its
--     expression), losing its GIN index and rewriting the table;
--   * Prisma Migrate does not model generated columns, so a column Prisma sees
--     as plain Unsupported("tsvector")? keeps `prisma migrate diff` quiet.
-- The trigger fires only when an INSERT or an UPDATE touches a column the
-- document is built from, so publishing or editing other fields never
-- re-parses the body.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "searchVector" tsvector;

-- The text-search configuration for a BCP 47 language tag: en-* → english,
-- nl-* → dutch, anything else → simple (no stemming, no stop words).
CREATE FUNCTION "post_search_config"("language" text) RETURNS regconfig
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT CASE lower(split_part("language", '-', 1))
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'nl' THEN 'dutch'::regconfig
    ELSE 'simple'::regconfig
  END
$$;

-- Title (A) > standfirst (B) > body text (C), each in the post's configuration.
CREATE FUNCTION "post_search_vector_refresh"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  config regconfig := post_search_config(NEW."language");
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(config, coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector(config, coalesce(NEW."standfirst", '')), 'B') ||
    setweight(to_tsvector(config, coalesce(NEW."plainText", '')), 'C');
  RETURN NEW;
END
$$;

-- CreateTrigger
CREATE TRIGGER "post_search_vector_refresh"
BEFORE INSERT OR UPDATE OF "title", "standfirst", "plainText", "language" ON "Post"
FOR EACH ROW EXECUTE FUNCTION "post_search_vector_refresh"();

-- Backfill through the trigger itself, so the document has one definition.
UPDATE "Post" SET "language" = "language";

-- CreateIndex
CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Post_title_trgm_idx" ON "Post" USING GIN ("title" gin_trgm_ops);

-- The search vocabulary: the words of published posts with their frequency,
-- for "Did you mean…?" (lib/search/data/spelling.ts). Kept by triggers, so
-- every write that changes what a published post says (publish, edit,
-- unpublish, delete, its tags and bylines, a tag or contributor renamed) updates
-- it in its own transaction, whichever code path made the write (actions,
-- the scheduler, the seeders). lib/db/migrate/database-only.ts lists the
-- extension, functions and triggers below for the drift check.
--
-- Only status PUBLISHED counts: drafts, posts in review, scheduled and
-- archived posts never reach the vocabulary, so a suggestion cannot reveal
-- them. (A post becomes PUBLISHED with publishedAt at or before that moment;
-- lib/posts/visibility.ts's time check is left out because the database clock
-- and the writer's clock may differ by a few milliseconds.)

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "frequency" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateTable
CREATE TABLE "SearchWordSource" (
    "postId" TEXT NOT NULL,
    "words" TEXT[] NOT NULL,
    "counts" INTEGER[] NOT NULL,

    CONSTRAINT "SearchWordSource_pkey" PRIMARY KEY ("postId")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIST ("word" gist_trgm_ops);

-- Recomputes what the given posts contribute: takes out what each added
-- before, puts in the words it has now if it is published. Deterministic, so
-- calling it again for the same posts changes nothing.
--
-- Words come from the 'simple' configuration (lowercased, not stemmed: a
-- suggestion must be a real word); only runs of 3 to 40 letters are kept,
-- since shorter words and anything with digits are never corrected.
--
-- One transaction-scoped advisory lock serializes the writers of the
-- vocabulary: common words ("the") are shared by every post anyway, and the
-- lock makes each refresh read the other writers' committed words, so no
-- contribution is counted twice or lost.
CREATE FUNCTION "search_vocabulary_refresh"(post_ids text[]) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  old_words text[];
  old_counts integer[];
  new_words text[];
  new_counts integer[];
BEGIN
  -- Drafts come through here on every autosave (their tags and bylines are
  -- rewritten): posts that neither are published nor have a contribution are
  -- left out before taking the lock.
  post_ids := ARRAY(
    SELECT p."id" FROM "Post" p WHERE p."id" = ANY(post_ids) AND p."status" = 'PUBLISHED'
    UNION
    SELECT s."postId" FROM "SearchWordSource" s WHERE s."postId" = ANY(post_ids));
  IF cardinality(post_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(4807731633624419);

  WITH old AS (
    DELETE FROM "SearchWordSource" s WHERE s."postId" = ANY(post_ids) RETURNING s."words", s."counts"
  ), summed AS (
    SELECT u.word, sum(u.n)::integer AS n FROM old, unnest(old."words", old."counts") AS u(word, n) GROUP BY u.word
  )
  SELECT array_agg(summed.word), array_agg(summed.n) INTO old_words, old_counts FROM summed;

  WITH doc AS (
    SELECT p."id", to_tsvector('simple', concat_ws(' ', p."title", p."standfirst", p."plainText",
      (SELECT string_agg(t."name", ' ') FROM "PostTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE pt."postId" = p."id"),
      (SELECT string_agg(c."name", ' ') FROM "Byline" b JOIN "Contributor" c ON c."id" = b."contributorId"
        WHERE b."postId" = p."id"))) AS "vector"
    FROM "Post" p WHERE p."id" = ANY(post_ids) AND p."status" = 'PUBLISHED'
  ), fresh AS (
    SELECT doc."id", array_agg(l.lexeme ORDER BY l.lexeme) AS "words",
           array_agg(coalesce(cardinality(l.positions), 1) ORDER BY l.lexeme) AS "counts"
    FROM doc, unnest(doc."vector") AS l
    WHERE l.lexeme ~ '^[[:alpha:]]{3,40}$'
    GROUP BY doc."id"
  ), stored AS (
    INSERT INTO "SearchWordSource" ("postId", "words", "counts") SELECT * FROM fresh RETURNING "words", "counts"
  ), summed AS (
    SELECT u.word, sum(u.n)::integer AS n FROM stored, unnest(stored."words", stored."counts") AS u(word, n) GROUP BY u.word
  )
  SELECT array_agg(summed.word), array_agg(summed.n) INTO new_words, new_counts FROM summed;

  WITH change AS (
    SELECT c.word, sum(c.n)::integer AS n
    FROM (
      SELECT * FROM unnest(new_words, new_counts)
      UNION ALL
      SELECT w, -n FROM unnest(old_words, old_counts) AS o(w, n)
    ) AS c(word, n)
    GROUP BY c.word
    HAVING sum(c.n) <> 0
  )
  INSERT INTO "SearchWord" AS v ("word", "frequency")
  SELECT change.word, change.n FROM change ORDER BY change.word
  ON CONFLICT ("word") DO UPDATE SET "frequency" = v."frequency" + EXCLUDED."frequency";

  -- Only a word that lost occurrences can have dropped to zero.
  DELETE FROM "SearchWord" v WHERE v."word" = ANY(old_words) AND v."frequency" <= 0;
END
$$;

-- "Post": a row's words change with its text or its status.
CREATE FUNCTION "search_vocabulary_post_changed"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_vocabulary_refresh(ARRAY(SELECT n."id" FROM new_rows n WHERE n."status" = 'PUBLISHED'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_vocabulary_refresh(ARRAY(SELECT o."id" FROM old_rows o));
  ELSE
    PERFORM search_vocabulary_refresh(ARRAY[NEW."id"]);
  END IF;
  RETURN NULL;
END
$$;

-- "PostTag" and "Byline": the posts on either side of the change.
CREATE FUNCTION "search_vocabulary_link_changed"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_vocabulary_refresh(ARRAY(SELECT DISTINCT n."postId" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_vocabulary_refresh(ARRAY(SELECT DISTINCT o."postId" FROM old_rows o));
  ELSE
    PERFORM search_vocabulary_refresh(ARRAY(SELECT o."postId" FROM old_rows o UNION SELECT n."postId" FROM new_rows n));
  END IF;
  RETURN NULL;
END
$$;

-- "Tag" and "Contributor": a new name changes every post that shows it.
CREATE FUNCTION "search_vocabulary_name_changed"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_TABLE_NAME = 'Tag' THEN
    PERFORM search_vocabulary_refresh(ARRAY(SELECT pt."postId" FROM "PostTag" pt WHERE pt."tagId" = NEW."id"));
  ELSE
    PERFORM search_vocabulary_refresh(ARRAY(SELECT b."postId" FROM "Byline" b WHERE b."contributorId" = NEW."id"));
  END IF;
  RETURN NULL;
END
$$;

-- Inserts and deletes per statement: the bulk seeder's INSERT … SELECT of a
-- thousand posts is one refresh, not a thousand.
CREATE TRIGGER "search_vocabulary_post_inserted"
AFTER INSERT ON "Post" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_post_changed"();

CREATE TRIGGER "search_vocabulary_post_deleted"
AFTER DELETE ON "Post" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_post_changed"();

-- Updates per row, so the WHEN clause skips autosaves of drafts and saves
-- that leave the words as they were without calling anything.
CREATE TRIGGER "search_vocabulary_post_updated"
AFTER UPDATE OF "title", "standfirst", "plainText", "status" ON "Post"
FOR EACH ROW
WHEN ((OLD."status" = 'PUBLISHED' OR NEW."status" = 'PUBLISHED')
  AND (OLD."title", OLD."standfirst", OLD."plainText", OLD."status")
    IS DISTINCT FROM (NEW."title", NEW."standfirst", NEW."plainText", NEW."status"))
EXECUTE FUNCTION "search_vocabulary_post_changed"();

CREATE TRIGGER "search_vocabulary_tags_inserted"
AFTER INSERT ON "PostTag" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_link_changed"();

CREATE TRIGGER "search_vocabulary_tags_updated"
AFTER UPDATE ON "PostTag" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_link_changed"();

CREATE TRIGGER "search_vocabulary_tags_deleted"
AFTER DELETE ON "PostTag" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_link_changed"();

CREATE TRIGGER "search_vocabulary_bylines_inserted"
AFTER INSERT ON "Byline" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_link_changed"();

CREATE TRIGGER "search_vocabulary_bylines_updated"
AFTER UPDATE ON "Byline" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_link_changed"();

CREATE TRIGGER "search_vocabulary_bylines_deleted"
AFTER DELETE ON "Byline" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "search_vocabulary_link_changed"();

CREATE TRIGGER "search_vocabulary_tag_renamed"
AFTER UPDATE OF "name" ON "Tag"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION "search_vocabulary_name_changed"();

CREATE TRIGGER "search_vocabulary_contributor_renamed"
AFTER UPDATE OF "name" ON "Contributor"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION "search_vocabulary_name_changed"();

-- Backfill: every published post, through the same function.
SELECT search_vocabulary_refresh(ARRAY(SELECT "id" FROM "Post" WHERE "status" = 'PUBLISHED'));

import "server-only";
import { Prisma } from "../../db";
import type { SearchFilters } from "../dto";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "../snippet";

// The SQL pieces of the search (run by queries.ts). Every value a reader
// typed travels as a bind parameter of a Prisma.sql template; Prisma.raw
// below only ever wraps constants of this file.

export const SEARCH_PAGE_SIZE = 10;

/** Every configuration post_search_config() (see the migration) can return. Keep the two in step. */
export const SEARCH_CONFIGS = ["english", "dutch", "simple"] as const;

/**
 * How the reader's words match a post. Each post is indexed in its own
 * language's configuration, and a reader may look for a Dutch post on an
 * English site, so each post is matched against the words parsed in *its*
 * configuration (`own` below): stemming, stop words and negation stay
 * right per language. ("damp -wardrobe" OR-ed across configurations would let
 * an English post with "wardrobe" through the Dutch half, which doesn't stem
 * it to "wardrob".)
 *
 * The words are parsed once per configuration (`words`), not once per row:
 * a broad word matches half the archive, and parsing it again for each
 * matching post took a quarter of the query's time at 100k posts. A post
 * whose configuration is not among them gets no query and matches nothing.
 *
 * That per-row query can't use an index, so the parsed words are also OR-ed:
 * a constant tsquery that every matching post also matches, which the GIN
 * index answers; the per-row test then only rechecks those candidates.
 * websearch_to_tsquery never raises on odd syntax; stop words or punctuation
 * alone make an empty tsquery that matches nothing.
 */
function parsedWordsSql(q: string): Prisma.Sql {
  const each = SEARCH_CONFIGS.map(
    (config) =>
      Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${q}::text) AS ${Prisma.raw(`"${config}"`)}`,
  );
  return Prisma.sql`(SELECT ${Prisma.join(each, ", ")}) words`;
}

function candidatesSql(): Prisma.Sql {
  const each = SEARCH_CONFIGS.map((config) => Prisma.raw(`words."${config}"`));
  return Prisma.sql`p."searchVector" @@ (${Prisma.join(each, " || ")})`;
}

/** The words parsed in the post's own configuration, as `own.query`. */
function ownQuerySql(): Prisma.Sql {
  const cases = SEARCH_CONFIGS.map((config) => Prisma.raw(`WHEN '${config}'::regconfig THEN words."${config}"`));
  return Prisma.sql`LATERAL (SELECT CASE post_search_config(p."language") ${Prisma.join(cases, " ")} END AS "query") own`;
}

function matchSql(q: string, filters: SearchFilters, now: Date): Prisma.Sql {
  return Prisma.sql`FROM ${parsedWordsSql(q)}, "Post" p, ${ownQuerySql()}
    WHERE ${candidatesSql()} AND p."searchVector" @@ own."query"
      AND ${visibleSql(now)}${filtersSql(filters)}`;
}

/** ts_rank_cd weights in the order {D, C, B, A}: title (A) ≫ standfirst (B) > body (C). */
export const RANK_WEIGHTS = Prisma.raw(`'{0.05, 0.1, 0.4, 1.0}'::float4[]`);

export const HEADLINE_OPTIONS =
  `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", ` +
  `MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Published and due: the raw-SQL twin of publiclyVisible() in
 * lib/posts/visibility.ts. The cards are then loaded through
 * publiclyVisible() itself, so a divergence could only drop a result, never
 * show an unpublished post.
 */
export function visibleSql(now: Date): Prisma.Sql {
  return Prisma.sql`p."kind" = 'ARTICLE'::"PostKind" AND p."status" = 'PUBLISHED'::"PostStatus" AND p."publishedAt" <= ${now}::timestamptz`;
}

export function filtersSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.section) {
    // Its own posts and those also filed in it.
    parts.push(Prisma.sql`(p."sectionId" IN (SELECT s."id" FROM "Section" s WHERE s."slug" = ${filters.section})
      OR EXISTS (SELECT 1 FROM "PostSection" ps JOIN "Section" s ON s."id" = ps."sectionId"
                 WHERE ps."postId" = p."id" AND s."slug" = ${filters.section}))`);
  }
  if (filters.type) parts.push(Prisma.sql`p."type" = ${filters.type}::"PostType"`);
  if (filters.contributor) {
    parts.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Byline" b JOIN "Contributor" c ON c."id" = b."contributorId"
      WHERE b."postId" = p."id" AND c."slug" = ${filters.contributor})`);
  }
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * One page of ranked matches (one extra row tells whether a next page exists)
 * with a headline of each. ts_headline re-parses the text, so it runs on the
 * page's rows only; the text is stripped of the marker characters first.
 */
export function rankedPageSql(q: string, filters: SearchFilters, page: number, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT m."id", ts_headline(
             post_search_config(m."language"),
             translate(CASE WHEN m."plainText" = '' THEN m."standfirst" ELSE m."plainText" END,
                       ${HIGHLIGHT_START + HIGHLIGHT_STOP}, ''),
             m."query", ${HEADLINE_OPTIONS}) AS "headline"
    FROM (
      SELECT p."id", p."language", p."plainText", p."standfirst", p."publishedAt", own."query",
             ts_rank_cd(${RANK_WEIGHTS}, p."searchVector", own."query") AS "rank"
      ${matchSql(q, filters, now)}
      ORDER BY "rank" DESC, p."publishedAt" DESC, p."id" DESC
      LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    ) m
    ORDER BY m."rank" DESC, m."publishedAt" DESC, m."id" DESC`;
}

export function rankedCountSql(q: string, filters: SearchFilters, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" ${matchSql(q, filters, now)}`;
}

/**
 * The typo fallback: titles containing a word like the query, best first.
 * `<%` (word similarity ≥ pg_trgm.word_similarity_threshold, 0.6 by default)
 * is what the trigram GIN index on "title" answers; "retroft" scores 0.75
 * against "Retrofit diary".
 */
export function similarTitlesSql(q: string, filters: SearchFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id" FROM "Post" p
    WHERE ${q}::text <% p."title" AND ${visibleSql(now)}${filtersSql(filters)}
    ORDER BY word_similarity(${q}::text, p."title") DESC, similarity(${q}::text, p."title") DESC,
             p."publishedAt" DESC, p."id" DESC
    LIMIT ${SEARCH_PAGE_SIZE}`;
}

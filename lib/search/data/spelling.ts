import "server-only";
import { db, Prisma } from "../../db";
import { SEARCH_CONFIGS, visibleSql } from "./sql";

// Spelling suggestions from the site's own vocabulary ("SearchWord", kept by
// triggers on posts, tags and bylines: see migration
// 20261204110000_search_vocabulary).
//
// For each word that is not known, the nearest vocabulary words by trigram
// distance come from the GiST index (a K-nearest-neighbour scan that stops
// after NEAREST rows, so its cost follows the size of the vocabulary, not the
// number of posts); among them the fewest edits (levenshtein) wins, then the
// most frequent word. tests/integration/search-spelling.test.ts shows the plan.

/** How many nearest words by trigram distance are weighed for each unknown word. */
const NEAREST = 30;

/**
 * Words that already find something are never corrected: those in the
 * vocabulary, and those the search matches through stemming ("repairs" finds
 * "repair" although only "repair" is a vocabulary word).
 */
export function suggestionsSql(words: string[], now: Date): Prisma.Sql {
  const stemmed = SEARCH_CONFIGS.map((config) => Prisma.sql`plainto_tsquery(${Prisma.raw(`'${config}'`)}, t."word")`);
  return Prisma.sql`
    SELECT t."word", best."word" AS "suggestion"
    FROM unnest(${words}::text[]) AS t("word")
    CROSS JOIN LATERAL (
      SELECT c."word" FROM (
        SELECT v."word", v."frequency", v."word" <-> t."word" AS "distance"
        FROM "SearchWord" v ORDER BY v."word" <-> t."word" LIMIT ${NEAREST}
      ) c
      WHERE levenshtein(c."word", t."word") <= CASE WHEN char_length(t."word") <= 5 THEN 1 ELSE 2 END
      ORDER BY levenshtein(c."word", t."word"), c."frequency" DESC, c."distance", c."word"
      LIMIT 1
    ) best
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k."word" = t."word")
      AND NOT EXISTS (
        SELECT 1 FROM "Post" p
        WHERE p."searchVector" @@ (${Prisma.join(stemmed, " || ")}) AND ${visibleSql(now)})`;
}

/** The closest vocabulary word for each of the given lowercased words that has one and needs one. */
export async function findSuggestions(words: string[], now: Date = new Date()): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const rows = await db.$queryRaw<{ word: string; suggestion: string }[]>(suggestionsSql(words, now));
  return new Map(rows.map((r) => [r.word, r.suggestion]));
}

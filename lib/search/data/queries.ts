import "server-only";
import { db } from "../../db";
import { summarySelect, toSummary } from "../../posts/data/select";
import { publiclyVisible } from "../../posts/visibility";
import type { SearchFilterOptions, SearchFilters, SearchHit, SearchResults, SnippetSegment } from "../dto";
import { normalizeQuery } from "../schema";
import { toSegments } from "../snippet";
import { applyCorrections, correctableWords, type CorrectedQuery } from "../spelling";
import { findSuggestions } from "./spelling";
import { rankedCountSql, rankedPageSql, SEARCH_PAGE_SIZE, similarTitlesSql } from "./sql";

// Public search over published, due posts. Matching, ranking and snippets
// happen in PostgreSQL (lib/search/sql.ts); the cards are the listings' own
// summaries, loaded through publiclyVisible().

// Without a letter or digit there is nothing to look up (a query of only
// quotes, operators or emoji): answer "no matches" without a round trip.
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Fewer results than this for the words as typed, and better-spelt words that find more are searched instead. */
export const FEW_RESULTS = 3;

export interface SearchOptions {
  /** Search the words exactly as typed: no spelling correction ("Search instead for …"). */
  verbatim?: boolean;
}

/** One page of results for the reader's words (normalised again here: NUL would break the query). */
export async function searchPosts(
  words: string,
  filters: SearchFilters = {},
  page = 1,
  options: SearchOptions = {},
): Promise<SearchResults> {
  const q = normalizeQuery(words);
  const empty: SearchResults = { hits: [], page, hasNext: false, total: 0, match: "ranked", correction: null };
  if (!SEARCHABLE.test(q)) return empty;
  const now = new Date();

  const [asTyped, corrected] = await Promise.all([
    rankedResults(q, filters, page, now),
    options.verbatim ? null : correctedQuery(q, now),
  ]);
  if (corrected) {
    if (asTyped.total < FEW_RESULTS) {
      const better = await rankedResults(corrected.q, filters, page, now);
      if (better.total > asTyped.total) return { ...better, correction: { ...corrected, mode: "applied" } };
    }
    if (asTyped.total > 0) return { ...asTyped, correction: { ...corrected, mode: "offered" } };
  }
  if (asTyped.total > 0) return asTyped;

  // Nothing matched the words: perhaps they were mistyped beyond what the
  // vocabulary corrects. Similar titles are a single page of suggestions, not
  // an archive to page through.
  if (page > 1) return empty;
  const similar = await db.$queryRaw<{ id: string }[]>(similarTitlesSql(q, filters, now));
  const hits = await loadHits(
    similar.map((r) => r.id),
    new Map(),
    now,
  );
  return { ...empty, hits, total: hits.length, match: hits.length ? "similar-titles" : "ranked" };
}

async function correctedQuery(q: string, now: Date): Promise<CorrectedQuery | null> {
  return applyCorrections(q, await findSuggestions(correctableWords(q), now));
}

async function rankedResults(q: string, filters: SearchFilters, page: number, now: Date): Promise<SearchResults> {
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>(rankedCountSql(q, filters, now)),
    db.$queryRaw<{ id: string; headline: string }[]>(rankedPageSql(q, filters, page, now)),
  ]);
  const total = count?.total ?? 0;
  const pageRows = rows.slice(0, SEARCH_PAGE_SIZE);
  const snippets = new Map(pageRows.map((r) => [r.id, toSegments(r.headline)]));
  const hits = await loadHits(
    pageRows.map((r) => r.id),
    snippets,
    now,
  );
  return { hits, page, hasNext: rows.length > SEARCH_PAGE_SIZE, total, match: "ranked", correction: null };
}

async function loadHits(ids: string[], snippets: Map<string, SnippetSegment[]>, now: Date): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db.post.findMany({ where: { id: { in: ids }, ...publiclyVisible(now) }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ post: toSummary(row), snippet: snippets.get(id) ?? [] }] : [];
  });
}

/** A select of thousands of names helps no one and weighs on every search page. */
export const CONTRIBUTOR_FILTER_LIMIT = 100;

/**
 * The choices of the search form's filters: every section, and the most
 * prolific writers with something published, by name.
 */
export async function getSearchFilterOptions(): Promise<SearchFilterOptions> {
  const [sections, contributors] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.contributor.findMany({
      where: { bylines: { some: { post: publiclyVisible() } } },
      orderBy: [{ bylines: { _count: "desc" } }, { slug: "asc" }],
      take: CONTRIBUTOR_FILTER_LIMIT,
      select: { slug: true, name: true },
    }),
  ]);
  contributors.sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
  return { sections, contributors };
}

import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "../cache-tags";
import { parseOrNull, publicSlugSchema } from "../schemas";
import type { SearchFilters, SearchResults } from "./dto";
import { getSearchFilterOptions, searchPosts } from "./data/queries";
import { MAX_QUERY_LENGTH, POST_TYPES } from "./schema";
import { onReplica } from "../replica-reads";

// Results for the same words, filters and page are shared by every reader
// until any post is published, changed or unpublished.

const searchArgsSchema = z.tuple([
  // searchPosts normalises the words itself; this only bounds what it is handed.
  z.string().max(MAX_QUERY_LENGTH * 4),
  z
    .object({
      section: publicSlugSchema.optional(),
      type: z.enum(POST_TYPES).optional(),
      contributor: publicSlugSchema.optional(),
    })
    .strict(),
  z.number().int().min(1).max(10_000),
  z.boolean(),
]);

const NO_RESULTS: SearchResults = { hits: [], page: 1, hasNext: false, total: 0, match: "ranked", correction: null };

export async function searchPostsCached(
  words: string,
  filters: SearchFilters,
  page: number,
  verbatim: boolean,
): Promise<SearchResults> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList);
  const args = parseOrNull(searchArgsSchema, [words, filters, page, verbatim]);
  if (args === null) return NO_RESULTS;
  const [validWords, parsedFilters, validPage, validVerbatim] = args;
  // Absent filters are left out rather than set to undefined (strictUndefinedChecks).
  const validFilters: SearchFilters = Object.fromEntries(
    Object.entries(parsedFilters).filter(([, value]) => value !== undefined),
  );
  return onReplica(() => searchPosts(validWords, validFilters, validPage, { verbatim: validVerbatim }));
}

export async function getSearchFilterOptionsCached() {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList, cacheTags.sections);
  return onReplica(() => getSearchFilterOptions());
}

import "server-only";
import type { SearchFilterOptions, SearchQuery, SearchResults } from "./dto";
import { getSearchFilterOptionsCached, searchPostsCached } from "./cached";
import { parseSearchParams } from "./schema";

export interface SearchPageData {
  query: SearchQuery;
  options: SearchFilterOptions;
  /** Null when there is no query yet: the page invites a search instead. */
  results: SearchResults | null;
}

/** Everything /search renders, from its raw query string. Never throws on bad input. */
export async function loadSearchPage(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<SearchPageData> {
  return loadSearch(parseSearchParams(await searchParams));
}

/** Everything a search page renders for a parsed query. */
export async function loadSearch(query: SearchQuery): Promise<SearchPageData> {
  const { q, page, verbatim, ...filters } = query;
  const [options, results] = await Promise.all([
    getSearchFilterOptionsCached(),
    q ? searchPostsCached(q, filters, page, verbatim ?? false) : Promise.resolve(null),
  ]);
  return { query, options, results };
}

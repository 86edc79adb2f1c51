import { DEFAULT_SEGMENT, LANGUAGE_PREFIXES } from "../i18n/interface";
import { searchKeySegment } from "./route-key";
import { parseSearchQueryString, searchKey } from "./schema";

// A search's reader-facing address (/search?q=…) and the route that caches
// its page: app/(site)/[lang]/search/[key], one cached page per canonical
// search, served like an article once rendered. Reading searchParams would
// make every request render the page again (about 40 ms of CPU each).

const LANGUAGES: ReadonlySet<string> = new Set(LANGUAGE_PREFIXES);

/**
 * /search?q=… → /_/search/<key>, /nl/search?q=… → /nl/search/<key>, the key
 * one path segment (./route-key.ts); null for anything else (no words: the
 * search form itself).
 */
export function cachedSearchUrl(url: string): string | null {
  const mark = url.indexOf("?");
  if (mark < 0) return null;
  const path = url.slice(0, mark);
  const segments = path.slice(1).split("/");
  const interfaceSegment =
    segments.length === 1 ? DEFAULT_SEGMENT : segments.length === 2 && LANGUAGES.has(segments[0]!) ? segments[0] : null;
  if (interfaceSegment === null || segments.at(-1) !== "search" || !path.startsWith("/")) return null;
  const query = parseSearchQueryString(url.slice(mark + 1));
  return query.q ? `/${interfaceSegment}/search/${searchKeySegment(searchKey(query))}` : null;
}

// Next keys a page by its path, sometimes under a route-cache prefix
// ("/route-cache/APP_PAGE/<hash>/$/_/search/cT1kYW1w"); no other route ends so.
const CACHED_SEARCH_PATH = /\/[^/]+\/search\/[A-Za-z0-9_-]+$/;

/** Whether a page-cache key is a cached search's page (which the page cache keeps in memory only). */
export function isCachedSearchPath(key: string): boolean {
  return CACHED_SEARCH_PATH.test(key);
}

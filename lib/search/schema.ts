import { z } from "zod";
import type { SearchFilters, SearchQuery } from "./dto";

// /search's query string. Whatever a reader (or a bot) puts there parses to
// something searchable: bad values fall back to "not given", never an error.

export const MAX_QUERY_LENGTH = 200;
export const POST_TYPES = ["BLOG", "OPINION", "NEWS", "FEATURE"] as const;

// PostgreSQL text can't hold NUL, and other control characters only get in
// the way (they also serve as the snippet's highlight markers).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Trimmed, single-spaced, well-formed text of at most MAX_QUERY_LENGTH characters (code points). */
export function normalizeQuery(raw: string): string {
  const cleaned = raw
    // Bound the work before anything else: a 10 KB q is cut, not processed.
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(LONE_SURROGATE, "")
    .replace(CONTROL, " ")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// Anything that is not a sensible page number means page 1.
const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string()).catch("").transform(normalizeQuery),
  page: z.preprocess(first, pageSchema),
  section: optional(z.string().max(200).regex(SLUG)),
  type: optional(z.enum(POST_TYPES)),
  contributor: optional(z.string().max(200).regex(SLUG)),
  // Set only by the "Search instead for …" link; any other value is ignored.
  verbatim: optional(z.literal("1")),
});

export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchQuery {
  const parsed = searchParamsSchema.parse(params);
  // Absent filters are left out rather than set to undefined (strictUndefinedChecks).
  const query: SearchQuery = { q: parsed.q, page: parsed.page };
  if (parsed.section) query.section = parsed.section;
  if (parsed.type) query.type = parsed.type;
  if (parsed.contributor) query.contributor = parsed.contributor;
  if (parsed.verbatim) query.verbatim = true;
  return query;
}

/** A stable URL for a results page: fixed parameter order, empty ones left out, page 1 bare. */
export function searchHref(query: { q: string; verbatim?: boolean } & SearchFilters, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.section) params.set("section", query.section);
  if (query.type) params.set("type", query.type);
  if (query.contributor) params.set("contributor", query.contributor);
  if (query.verbatim) params.set("verbatim", "1");
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/search?${search}` : "/search";
}

/**
 * The cache key of a results page: its canonical query string, as searchHref
 * spells it ("q=damp&type=BLOG&page=2"). One key per search, however its URL
 * was written (parameter order, spacing, page=1, unknown parameters).
 */
export function searchKey(query: SearchQuery): string {
  return searchHref(query, query.page).split("?")[1] ?? "";
}

/** A raw query string ("q=damp&page=2"), parsed as /search reads its searchParams. */
export function parseSearchQueryString(queryString: string): SearchQuery {
  const params: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(queryString)) (params[name] ??= []).push(value);
  return parseSearchParams(params);
}

/** The search a key names; null unless the key is canonical and has words (no page per spelling of a URL). */
export function parseSearchKey(key: string): SearchQuery | null {
  const query = parseSearchQueryString(key);
  return query.q && searchKey(query) === key ? query : null;
}

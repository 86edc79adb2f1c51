import { DEFAULT_SEGMENT, LANGUAGE_PREFIXES } from "../i18n/interface";
import { LEGACY_REWRITES, mayBeLegacyAddress } from "./legacy-rewrites";

// The public site's address rewrites, read by next.config.ts. Pure and
// dependency-free: the config loads it before anything else is built.
//
// - Every public page lives under an interface segment, app/(site)/[lang]:
//   bare addresses (/articles/x) go to DEFAULT_SEGMENT, the site's own
//   language; a second language answers at its own prefix (/nl/articles/x)
//   without a rewrite. Each interface is so its own cacheable page.
// - Listings keep reader-facing `?page=N` URLs while each page is its own
//   cacheable route: reading searchParams would make every request dynamic.

/**
 * First path segments that are not the public site and are never rewritten:
 * the staff side, route handlers, public files, Next's own paths and the
 * language prefixes. A unit test checks it against app/ and public/.
 */
export const NOT_SITE_SEGMENTS = [
  "accept-invitation",
  "admin",
  "api",
  "atom.xml",
  "favicon.ico",
  "feed.json",
  "feed.xml",
  "forgot-password",
  "healthz",
  "images",
  "login",
  "media",
  "metrics",
  "preview",
  "readyz",
  "reset-password",
  "robots.txt",
  "share-images",
  "sitemap.xml",
  "sitemaps",
  ".well-known",
  ...LANGUAGE_PREFIXES,
] as const;

export interface Rewrite {
  source: string;
  destination: string;
  has?: { type: "query"; key: string; value: string }[];
}

const pageQuery = [{ type: "query" as const, key: "page", value: "(?<n>[1-9][0-9]{0,5})" }];
// Anything but 1–100000 (lib/schemas.ts's listingPageSchema, and 1, which redirects).
const notAPageNumber = "(?!(?:[1-9][0-9]{0,4}|100000)$)[^/]+";
// No route answers this path (three segments no public route spells), so Next serves its prerendered 404 page.
export const NO_SUCH_PAGE = "/_no/such/page";

const escape = (segment: string) => segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const languagePrefix = `/:lang(${LANGUAGE_PREFIXES.join("|")})`;
/** Excludes the segments above and any starting with "_" (internal: Next's, ours), then takes the rest of the path. */
const sitePath = `/:path((?!(?:_[^/]*|${NOT_SITE_SEGMENTS.map(escape).join("|")})(?:/|$)).+)`;

/** A listing base ("" for home, "/sections/:slug") under both kinds of address: [source, destination] prefixes. */
const ADDRESSES = [
  ["", `/${DEFAULT_SEGMENT}`],
  [languagePrefix, "/:lang"],
] as const;
const LISTINGS = ["", "/sections/:slug", "/tags/:slug", "/contributors/:slug"];

export function siteRewrites(): Rewrite[] {
  return [
    // An imported WordPress site's or Blogger blog's old addresses come first (they never name a page of this site).
    ...LEGACY_REWRITES,
    // A nonsense page number is a 404 before any page renders or is cached.
    ...ADDRESSES.flatMap(([from]) =>
      LISTINGS.map((base) => ({ source: `${from}${base}/page/:n(${notAPageNumber})`, destination: NO_SUCH_PAGE })),
    ),
    ...ADDRESSES.flatMap(([from, to]) =>
      LISTINGS.map((base) => ({ source: from + base || "/", has: pageQuery, destination: `${to}${base}/page/:n` })),
    ),
    { source: "/", destination: `/${DEFAULT_SEGMENT}` },
    { source: sitePath, destination: `/${DEFAULT_SEGMENT}/:path` },
  ];
}

const NOT_SITE: ReadonlySet<string> = new Set(NOT_SITE_SEGMENTS.filter((s) => !LANGUAGE_PREFIXES.includes(s as never)));
const LANGUAGES: ReadonlySet<string> = new Set(LANGUAGE_PREFIXES);
const LISTING_KINDS: ReadonlySet<string> = new Set(["sections", "tags", "contributors"]);
const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;
const LISTING_PAGE_NUMBER = /^(?:[1-9][0-9]{0,4}|100000)$/;

/** [] for a home page, [kind, slug] for a listing, else null. */
const isListing = (rest: string[]) =>
  rest.length === 0 || (rest.length === 2 && LISTING_KINDS.has(rest[0]!.toLowerCase()));

/**
 * The same rewrites as siteRewrites(), for a request URL as it arrives
 * (path and query), done before Next sees it: the rewritten URL, or null to
 * leave the request to Next's own rules. Next's router took a fifth of the
 * cached article's throughput to apply them (docs/benchmarks.md). Anything
 * unusual (a trailing slash Next redirects, an empty or encoded segment) is
 * left to Next, which answers it by the same rules.
 */
export function arrivingUrl(url: string): string | null {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q);
  if (!path.startsWith("/") || path.includes("%") || (path !== "/" && (path.endsWith("/") || path.includes("//")))) {
    return null;
  }
  const segments = path === "/" ? [] : path.slice(1).split("/");
  const first = segments[0]?.toLowerCase() ?? "";
  if (first.startsWith("_") || NOT_SITE.has(first) || mayBeLegacyAddress(segments, query)) return null;
  const prefixed = LANGUAGES.has(first);
  const to = prefixed ? `/${segments[0]}` : `/${DEFAULT_SEGMENT}`;
  const rest = prefixed ? segments.slice(1) : segments;

  const n = rest.length;
  if (n >= 2 && rest[n - 2]!.toLowerCase() === "page" && isListing(rest.slice(0, -2))) {
    if (!LISTING_PAGE_NUMBER.test(rest[n - 1]!)) return NO_SUCH_PAGE + query;
  }
  const page = isListing(rest) && query ? new URLSearchParams(query).get("page") : null;
  if (page !== null && PAGE_NUMBER.test(page)) return `${to}${rest.map((s) => `/${s}`).join("")}/page/${page}${query}`;
  if (prefixed) return null;
  return `${to}${path === "/" ? "" : path}${query}`;
}

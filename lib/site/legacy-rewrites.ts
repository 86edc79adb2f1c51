// The addresses an imported WordPress site or Blogger blog answered, sent to
// the legacy routes (app/api/legacy/wordpress, app/api/legacy/blogger),
// which redirect each to where the imported post, page, section, tag or
// contributor lives now. Pure, like rewrites.ts.
// Bare /<slug> addresses are not here: they reach the standalone-page route,
// whose miss path asks the same lookup. Every shape below has two or more
// segments beginning with a year, "category", "tag" or "author", or is the
// front page with ?p= or ?page_id=: none is an address of this site's own.

// The lookup goes in the destination's path, not its query: a route handler
// reached by a rewrite sees the reader's own URL as request.url, its params
// from the destination.
const LEGACY = "/api/legacy/wordpress";
const id = "(?<id>[0-9]{1,19})";
const query = (key: string) => [{ type: "query" as const, key, value: id }];

export const WORDPRESS_REWRITES = [
  { source: "/", has: query("p"), destination: `${LEGACY}/id/:id` },
  { source: "/", has: query("page_id"), destination: `${LEGACY}/id/:id` },
  { source: "/:year([0-9]{4})/:month([0-9]{2})/:day([0-9]{2})/:slug", destination: `${LEGACY}/slug/:slug` },
  { source: "/:year([0-9]{4})/:month([0-9]{2})/:slug", destination: `${LEGACY}/slug/:slug` },
  // A child category's address names its parents first (/category/news/local/): the last slug is the category.
  { source: "/category/:slug", destination: `${LEGACY}/category/:slug` },
  { source: "/category/:parents(.+)/:slug", destination: `${LEGACY}/category/:slug` },
  { source: "/tag/:slug", destination: `${LEGACY}/tag/:slug` },
  { source: "/author/:slug", destination: `${LEGACY}/author/:slug` },
];

/** WordPress's feed address: the site's RSS feed, permanently ("feed" is never a page slug). */
export const WORDPRESS_REDIRECTS = [{ source: "/feed", destination: "/feed.xml", permanent: true }];

// Blogger's addresses: a post's /YYYY/MM/<name>.html (its mobile twin adds
// ?m=1, which the route ignores), a page's /p/<name>.html, a label's
// /search/label/<label>. The post rule comes before WordPress's year-first
// rules, which would read "<name>.html" as a slug; the route falls back to
// that reading for a WordPress site whose addresses ended in .html.
const BLOGGER = "/api/legacy/blogger";

export const BLOGGER_REWRITES = [
  {
    source: "/:year([0-9]{4})/:month([0-9]{2})/:file([^/]+\\.html)",
    destination: `${BLOGGER}/path/:year/:month/:file`,
  },
  { source: "/p/:file([^/]+\\.html)", destination: `${BLOGGER}/path/p/:file` },
  { source: "/search/label/:label", destination: `${BLOGGER}/label/:label` },
];

/** Blogger's feeds: Atom by default (this site's Atom feed), RSS when asked for with ?alt=rss. */
const bloggerFeed = "/feeds/posts/:feed(default|summary)";
export const BLOGGER_REDIRECTS = [
  {
    source: bloggerFeed,
    has: [{ type: "query" as const, key: "alt", value: "rss" }],
    destination: "/feed.xml",
    permanent: true,
  },
  { source: bloggerFeed, destination: "/atom.xml", permanent: true },
];

export interface LegacyRedirect {
  source: string;
  destination: string;
  permanent: boolean;
  has?: { type: "query"; key: string; value: string }[];
}

/** Every old address the legacy routes answer, Blogger's first (see above). */
export const LEGACY_REWRITES = [...BLOGGER_REWRITES, ...WORDPRESS_REWRITES];
export const LEGACY_REDIRECTS: LegacyRedirect[] = [...WORDPRESS_REDIRECTS, ...BLOGGER_REDIRECTS];

/**
 * Whether a request could be one of the addresses above (a superset: any
 * year-first path of three or four segments, any /category/, /tag/,
 * /author/ or /feeds/ path, /p/ with one more segment, /search/label/…, the
 * front page with p or page_id, /feed). The rewrite done as a request
 * arrives leaves these to Next, which applies the rules exactly.
 */
export function mayBeLegacyAddress(segments: readonly string[], query: string): boolean {
  if (segments.length === 0) return /[?&](?:p|page_id)=/.test(query);
  const first = segments[0]!.toLowerCase();
  // Next redirects /feed before it routes (WORDPRESS_REDIRECTS).
  if (segments.length === 1) return first === "feed";
  if (/^[0-9]{4}$/.test(first)) return segments.length === 3 || segments.length === 4;
  if (first === "p") return segments.length === 2;
  if (first === "search") return segments[1]!.toLowerCase() === "label";
  return first === "category" || first === "tag" || first === "author" || first === "feeds";
}

// Pages live at the top level (/about), beside the site's own routes. A page
// may never take an address a route, a file in public/ or a rewrite answers,
// or one Next keeps for itself: it would be shadowed, or would shadow it.
// A unit test checks this list against app/ and public/.

const RESERVED = [
  // app/ and app/(site)/
  "accept-invitation",
  "admin",
  "api",
  "articles",
  "atom",
  "contributors",
  "feed",
  "forgot-password",
  "healthz",
  "login",
  "media",
  "metrics",
  "page",
  "preview",
  "readyz",
  "reset-password",
  "robots",
  "search",
  "sections",
  "series",
  "share-images",
  "signin",
  "sitemap",
  "sitemaps",
  "tags",
  "unlock",
  "welcome",
  // public/ and what browsers and crawlers ask for at the root
  "images",
  "favicon",
  "manifest",
  "well-known",
  // The interface prefixes (lib/i18n/interface.ts: /nl/…, /en/…)
  "en",
  "nl",
  // Next's error pages
  "404",
  "500",
] as const;

const reserved: ReadonlySet<string> = new Set(RESERVED);

export const RESERVED_PAGE_SLUGS: readonly string[] = RESERVED;

export function isReservedPageSlug(slug: string): boolean {
  return reserved.has(slug);
}

export const RESERVED_SLUG_MESSAGE = "This address belongs to the site itself. Choose another.";

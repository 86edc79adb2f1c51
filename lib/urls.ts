// The site's public addresses as other sites see them: metadata, structured
// data, feeds, sitemaps and mail all point here. Always absolute: link
// previews, feed readers, crawlers and inboxes see them out of context.

/** SITE_URL may end in a slash or carry a path ("https://example.org/news"); paths start with "/". */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, "") + path;
}

export type ListingKind = "home" | "section" | "tag" | "contributor" | "series";

const LISTING_PREFIX: Readonly<Record<Exclude<ListingKind, "home">, string>> = {
  section: "/sections/",
  tag: "/tags/",
  contributor: "/contributors/",
  series: "/series/",
};

/** A listing's site-relative path ("/", "/sections/<slug>"…), page 1. */
export function listingPath(kind: ListingKind, slug: string): string {
  return kind === "home" ? "/" : LISTING_PREFIX[kind] + encodeURIComponent(slug);
}

export function articleUrl(siteUrl: string, slug: string): string {
  return absoluteUrl(siteUrl, `/articles/${encodeURIComponent(slug)}`);
}

/** A standalone page lives at the top level: /about. */
export function pagePath(slug: string): string {
  return `/${encodeURIComponent(slug)}`;
}

export function pageUrl(siteUrl: string, slug: string): string {
  return absoluteUrl(siteUrl, pagePath(slug));
}

export function contributorUrl(siteUrl: string, slug: string): string {
  return absoluteUrl(siteUrl, `/contributors/${encodeURIComponent(slug)}`);
}

export function seriesUrl(siteUrl: string, slug: string): string {
  return absoluteUrl(siteUrl, `/series/${encodeURIComponent(slug)}`);
}

export function homeUrl(siteUrl: string): string {
  return absoluteUrl(siteUrl, "/");
}

/**
 * A listing's public URL: the bare path for page 1 and `?page=N` after it,
 * the same URLs the pagination links use (the /page/N routes behind them are
 * an internal rewrite and must never be canonical).
 */
export function listingUrl(siteUrl: string, kind: ListingKind, slug: string, page: number): string {
  const path = listingPath(kind, slug);
  return absoluteUrl(siteUrl, page > 1 ? `${path}?page=${page}` : path);
}

/** Media is stored site-relative ("/images/…"); an image on another host keeps its address. */
export function mediaUrl(siteUrl: string, url: string): string {
  if (url.startsWith("//")) return `${new URL(siteUrl).protocol}${url}`;
  return url.startsWith("/") ? absoluteUrl(siteUrl, url) : url;
}

import { el, textEl, xmlDocument } from "../xml";

// Sitemaps protocol 0.9 (https://www.sitemaps.org/protocol.html): a urlset,
// or an index of urlsets. Pure.

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastModified?: Date | null;
}

export function renderUrlset(urls: SitemapUrl[]): string {
  return xmlDocument(
    el(
      "urlset",
      { xmlns: NS },
      urls.map((u) => entry("url", u)),
    ),
  );
}

export function renderSitemapIndex(sitemaps: SitemapUrl[]): string {
  return xmlDocument(
    el(
      "sitemapindex",
      { xmlns: NS },
      sitemaps.map((s) => entry("sitemap", s)),
    ),
  );
}

function entry(name: string, { loc, lastModified }: SitemapUrl): string {
  return el(name, {}, [textEl("loc", loc), lastModified && textEl("lastmod", lastModified.toISOString())]);
}

/** How many pages of `pageSize` a segment of `count` URLs needs. */
export function pageCount(count: number, pageSize: number): number {
  return Math.ceil(count / pageSize);
}

// What the sitemap reads hand to its renderer.

/** The sitemap's parts, in the order /sitemap.xml lists them; each is paged on its own. */
export const SITEMAP_SEGMENTS = ["pages", "posts", "series", "tags", "contributors"] as const;
export type SitemapSegment = (typeof SITEMAP_SEGMENTS)[number];

export interface SitemapEntry {
  /** Site-relative, starting with "/". */
  path: string;
  lastModified: Date | null;
}

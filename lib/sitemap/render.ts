import "server-only";
import { z } from "zod";
import { env } from "../env";
import { absoluteUrl } from "../urls";
import { pageCount, renderSitemapIndex, renderUrlset, type SitemapUrl } from "./build";
import { countSitemapSegments, listSitemapSegment } from "./data/queries";
import { SITEMAP_SEGMENTS, type SitemapEntry, type SitemapSegment } from "./dto";

// /sitemap.xml is the one address crawlers are given (robots.txt). While the
// whole site fits in one sitemap it is that sitemap; past SITEMAP_PAGE_SIZE
// URLs it becomes a sitemap index pointing at /sitemaps/<segment>-<page>.xml,
// each of at most SITEMAP_PAGE_SIZE URLs. Next's generateSitemaps() would
// split the pages but write no index, hence route handlers.

/** Well under the protocol's 50,000, so one page stays one modest query. */
export const SITEMAP_PAGE_SIZE = 5000;

export interface SitemapOptions {
  siteUrl?: string;
  /** Lowered in tests to exercise the split without thousands of rows. */
  pageSize?: number;
}

const fileSchema = z
  .string()
  .regex(/^[a-z]+-[1-9]\d{0,5}\.xml$/)
  .transform((file) => {
    const [, segment, page] = /^([a-z]+)-(\d+)\.xml$/.exec(file)!;
    return { segment: segment!, page: Number(page) };
  })
  .pipe(z.object({ segment: z.enum(SITEMAP_SEGMENTS), page: z.number() }));

export function sitemapFileName(segment: SitemapSegment, page: number): string {
  return `${segment}-${page}.xml`;
}

export async function renderSitemapRoot({
  siteUrl = env().SITE_URL,
  pageSize = SITEMAP_PAGE_SIZE,
}: SitemapOptions = {}): Promise<string> {
  const counts = await countSitemapSegments();
  const total = SITEMAP_SEGMENTS.reduce((sum, s) => sum + counts[s], 0);
  if (total <= pageSize) {
    const present = SITEMAP_SEGMENTS.filter((s) => counts[s] > 0);
    const entries = await Promise.all(present.map((s) => listSitemapSegment(s, 1, pageSize)));
    return renderUrlset(entries.flat().map((e) => toUrl(siteUrl, e)));
  }
  const files = SITEMAP_SEGMENTS.flatMap((segment) =>
    Array.from({ length: pageCount(counts[segment], pageSize) }, (_, i) => sitemapFileName(segment, i + 1)),
  );
  return renderSitemapIndex(files.map((file) => ({ loc: absoluteUrl(siteUrl, `/sitemaps/${file}`) })));
}

/** One page of the index, e.g. "posts-3.xml"; null for a malformed name or a page past the end. */
export async function renderSitemapFile(
  file: string,
  { siteUrl = env().SITE_URL, pageSize = SITEMAP_PAGE_SIZE }: SitemapOptions = {},
): Promise<string | null> {
  const parsed = fileSchema.safeParse(file);
  if (!parsed.success) return null;
  const entries = await listSitemapSegment(parsed.data.segment, parsed.data.page, pageSize);
  return entries.length === 0 ? null : renderUrlset(entries.map((e) => toUrl(siteUrl, e)));
}

function toUrl(siteUrl: string, entry: SitemapEntry): SitemapUrl {
  return { loc: absoluteUrl(siteUrl, entry.path), lastModified: entry.lastModified };
}

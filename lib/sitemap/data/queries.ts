import "server-only";
import { db } from "../../db";
import { newestFirst } from "../../posts/data/select";
import { publiclyVisible, publishedPage } from "../../posts/visibility";
import type { SitemapEntry, SitemapSegment } from "../dto";

// Reads for the sitemap, one segment and one page at a time: a page never
// holds more than `pageSize` rows, however large the archive.

// Listing pages are mapped only once something on them is published, like the posts themselves.
const hasVisiblePost = {
  sections: () => ({ posts: { some: publiclyVisible() } }),
  series: () => ({ posts: { some: publiclyVisible() } }),
  tags: () => ({ posts: { some: { post: publiclyVisible() } } }),
  contributors: () => ({ bylines: { some: { post: publiclyVisible() } } }),
};

/** How many URLs each segment holds. "pages" is the home page, the sections and the standalone pages. */
export async function countSitemapSegments(): Promise<Record<SitemapSegment, number>> {
  const [sections, standalone, posts, series, tags, contributors] = await Promise.all([
    db.section.count({ where: hasVisiblePost.sections() }),
    db.post.count({ where: publishedPage() }),
    db.post.count({ where: publiclyVisible() }),
    db.series.count({ where: hasVisiblePost.series() }),
    db.tag.count({ where: hasVisiblePost.tags() }),
    db.contributor.count({ where: hasVisiblePost.contributors() }),
  ]);
  return { pages: 1 + sections + standalone, posts, series, tags, contributors };
}

/**
 * One page (1-based) of a segment. Posts run oldest first, so new posts land
 * on the last page and earlier pages keep their content; the order
 * (publishedAt, id) walks the (status, publishedAt) index. The rest go by slug (unique index).
 */
export async function listSitemapSegment(
  segment: SitemapSegment,
  page: number,
  pageSize: number,
): Promise<SitemapEntry[]> {
  const skip = (page - 1) * pageSize;
  const slugs = { orderBy: { slug: "asc" }, skip, take: pageSize, select: { slug: true } } as const;
  switch (segment) {
    case "posts": {
      const rows = await db.post.findMany({
        where: publiclyVisible(),
        orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
        skip,
        take: pageSize,
        select: { slug: true, publishedAt: true, contentUpdatedAt: true },
      });
      return rows.map((p) => ({ path: `/articles/${p.slug}`, lastModified: p.contentUpdatedAt ?? p.publishedAt }));
    }
    case "series":
      return paths("/series/", await db.series.findMany({ where: hasVisiblePost.series(), ...slugs }));
    case "tags":
      return paths("/tags/", await db.tag.findMany({ where: hasVisiblePost.tags(), ...slugs }));
    case "contributors":
      return paths("/contributors/", await db.contributor.findMany({ where: hasVisiblePost.contributors(), ...slugs }));
    case "pages":
      return listPages(skip, pageSize);
  }
}

/** The home page is entry 0 of the "pages" segment; sections follow, then standalone pages (/about). */
async function listPages(skip: number, pageSize: number): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  if (skip === 0) {
    const newest = await db.post.findFirst({
      where: publiclyVisible(),
      orderBy: newestFirst,
      select: { publishedAt: true },
    });
    entries.push({ path: "/", lastModified: newest?.publishedAt ?? null });
  }
  const sections = await db.section.findMany({
    where: hasVisiblePost.sections(),
    orderBy: { slug: "asc" },
    skip: Math.max(0, skip - 1),
    take: pageSize - entries.length,
    select: { slug: true },
  });
  entries.push(...paths("/sections/", sections));
  if (entries.length === pageSize) return entries;
  const sectionCount = await db.section.count({ where: hasVisiblePost.sections() });
  const standalone = await db.post.findMany({
    where: publishedPage(),
    orderBy: { slug: "asc" },
    skip: Math.max(0, skip - 1 - sectionCount),
    take: pageSize - entries.length,
    select: { slug: true, publishedAt: true, contentUpdatedAt: true },
  });
  return [
    ...entries,
    ...standalone.map((p) => ({ path: `/${p.slug}`, lastModified: p.contentUpdatedAt ?? p.publishedAt })),
  ];
}

function paths(prefix: string, rows: { slug: string }[]): SitemapEntry[] {
  return rows.map((r) => ({ path: `${prefix}${r.slug}`, lastModified: null }));
}

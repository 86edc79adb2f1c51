import "server-only";
import { countApprovedComments } from "../../comments/reader/data/thread";
import { db, type Prisma } from "../../db";
import type { Page, PublicPostSummary } from "../dto";
import { newestInSection } from "./section-members";
import { newestFirst, summarySelect, toSummary } from "./select";
import { publiclyVisible } from "../visibility";

// Public listings. Visibility is decided inside each query, never by the page.

export const PAGE_SIZE = 10;

export type ListingFilter =
  | { kind: "all" }
  | { kind: "section"; sectionId: string }
  | { kind: "tag"; tagId: string }
  | { kind: "contributor"; contributorId: string };

function filterWhere(filter: Exclude<ListingFilter, { kind: "section" }>): Prisma.PostWhereInput {
  switch (filter.kind) {
    case "all":
      return {};
    case "tag":
      return { tags: { some: { tagId: filter.tagId } } };
    case "contributor":
      return { bylines: { some: { contributorId: filter.contributorId } } };
  }
}

/** One page of published posts, newest first. Pages past the end come back empty. */
export async function listPublishedPosts(filter: ListingFilter, page = 1): Promise<Page<PublicPostSummary>> {
  const skip = (page - 1) * PAGE_SIZE;
  const find = (where: Prisma.PostWhereInput, take: number, from = 0) =>
    db.post.findMany({
      where: { ...where, ...publiclyVisible() },
      orderBy: newestFirst,
      skip: from,
      take,
      select: summarySelect,
    });
  const rows =
    filter.kind === "section"
      ? (await newestInSection(filter.sectionId, skip + PAGE_SIZE + 1, find)).slice(skip)
      : await find(filterWhere(filter), PAGE_SIZE + 1, skip);
  const items = rows.slice(0, PAGE_SIZE);
  const comments = await countApprovedComments(items.map((r) => r.id));
  return {
    items: items.map((r) => ({ ...toSummary(r), commentCount: comments.get(r.id) ?? 0 })),
    page,
    hasNext: rows.length > PAGE_SIZE,
  };
}

/** The newest published slugs: the articles worth prerendering at build time. */
export async function listRecentPublishedSlugs(limit: number): Promise<string[]> {
  const rows = await db.post.findMany({
    where: publiclyVisible(),
    orderBy: newestFirst,
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

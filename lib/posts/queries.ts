import "server-only";
import { db, type Prisma } from "../db";
import type { PublicPost, PublicPostSummary } from "./dto";
import { publiclyVisible } from "./visibility";

// Public reads. Visibility is decided inside each query, never by the page.

const summarySelect = {
  slug: true, type: true, title: true, standfirst: true, language: true, publishedAt: true,
  section: { select: { slug: true, name: true } },
  bylines: {
    orderBy: { position: "asc" },
    select: { jobTitle: true, organisation: true, contributor: { select: { name: true, slug: true } } },
  },
} satisfies Prisma.PostSelect;

type SummaryRow = Prisma.PostGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): PublicPostSummary {
  return {
    slug: row.slug, type: row.type, title: row.title, standfirst: row.standfirst, language: row.language,
    publishedAt: row.publishedAt!, section: row.section,
    bylines: row.bylines.map((b) => ({
      name: b.contributor.name, slug: b.contributor.slug, jobTitle: b.jobTitle, organisation: b.organisation,
    })),
  };
}

export const PAGE_SIZE = 12;

export async function listPublishedPosts(page = 1): Promise<{ posts: PublicPostSummary[]; hasMore: boolean }> {
  const rows = await db.post.findMany({
    where: publiclyVisible(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: summarySelect,
  });
  return { posts: rows.slice(0, PAGE_SIZE).map(toSummary), hasMore: rows.length > PAGE_SIZE };
}

export async function getPublishedPost(slug: string): Promise<PublicPost | null> {
  const row = await db.post.findFirst({
    where: { slug, ...publiclyVisible() },
    select: {
      ...summarySelect, html: true, readingMinutes: true, contentUpdatedAt: true,
      heroImageUrl: true, heroAlt: true, heroCaption: true, heroCredit: true,
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row), html: row.html, readingMinutes: row.readingMinutes, contentUpdatedAt: row.contentUpdatedAt,
    hero: row.heroImageUrl
      ? { url: row.heroImageUrl, alt: row.heroAlt ?? "", caption: row.heroCaption, credit: row.heroCredit }
      : null,
  };
}

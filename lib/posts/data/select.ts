import "server-only";
import type { Prisma } from "../../db";
import type { PublicPostSummary } from "../dto";
import { readerMediaUrl } from "../../media/public-url";

// The columns every listing card needs, and the mapping to its DTO.

export const summarySelect = {
  id: true,
  slug: true,
  type: true,
  title: true,
  standfirst: true,
  language: true,
  publishedAt: true,
  heroImageUrl: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  section: { select: { slug: true, name: true } },
  bylines: {
    orderBy: { position: "asc" },
    select: { jobTitle: true, organisation: true, contributor: { select: { name: true, slug: true } } },
  },
} satisfies Prisma.PostSelect;

export type SummaryRow = Prisma.PostGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow): PublicPostSummary {
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    title: row.title,
    standfirst: row.standfirst,
    language: row.language,
    // Visible posts always have a publication date (publiclyVisible() requires it).
    publishedAt: row.publishedAt!,
    section: row.section,
    bylines: row.bylines.map((b) => ({
      name: b.contributor.name,
      slug: b.contributor.slug,
      jobTitle: b.jobTitle,
      organisation: b.organisation,
    })),
    hero: row.heroImageUrl
      ? {
          url: readerMediaUrl(row.heroImageUrl),
          alt: row.heroAlt ?? "",
          caption: row.heroCaption,
          credit: row.heroCredit,
        }
      : null,
  };
}

export const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.PostOrderByWithRelationInput[];

import "server-only";
import { db } from "../../db";
import type { PublicPostSummary, SeriesPart } from "../../posts/dto";
import { summarySelect, toSummary } from "../../posts/data/select";
import { seriesPartsWhere, visibleParts } from "../visible-parts";

export interface PublicSeries {
  id: string;
  slug: string;
  title: string;
  descriptionHtml: string;
  language: string;
  plannedParts: number | null;
  /** Every part in order; unpublished ones as forthcoming placeholders. */
  parts: (SeriesPart & { post: PublicPostSummary | null })[];
}

export async function getSeries(slug: string): Promise<PublicSeries | null> {
  const series = await db.series.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      descriptionHtml: true,
      language: true,
      plannedParts: true,
      posts: {
        where: seriesPartsWhere,
        orderBy: { seriesPosition: "asc" },
        select: { ...summarySelect, status: true, seriesPosition: true },
      },
    },
  });
  if (!series) return null;
  return {
    id: series.id,
    slug: series.slug,
    title: series.title,
    descriptionHtml: series.descriptionHtml,
    language: series.language,
    plannedParts: series.plannedParts,
    parts: visibleParts(series.posts).map(({ post, ...part }) => ({ ...part, post: post ? toSummary(post) : null })),
  };
}

/** Some series slugs, for build-time prerendering (the rest render on first visit). */
export async function listSeriesSlugs(limit: number): Promise<string[]> {
  const rows = await db.series.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { slug: true } });
  return rows.map((r) => r.slug);
}

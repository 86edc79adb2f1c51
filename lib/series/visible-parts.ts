import type { Prisma } from "../db";
import { isPublished } from "../posts/visibility";
import type { SeriesPart } from "../posts/dto";

// What of a series a reader may see: the one rule behind both the series page
// and the series box on an article.

/** The posts a series lists as parts (numbered, not archived): what to load before `visibleParts`. */
export const seriesPartsWhere = {
  kind: "ARTICLE",
  status: { not: "ARCHIVED" },
  seriesPosition: { not: null },
} satisfies Prisma.PostWhereInput;

export interface SeriesPartRow {
  seriesPosition: number | null;
  slug: string;
  title: string;
  status: string;
  publishedAt: Date | null;
}

/**
 * Each listed part in the order given: a published and due part with its title,
 * link and row; any other as a numbered placeholder, so readers learn that a
 * part is coming and nothing about it.
 */
export function visibleParts<R extends SeriesPartRow>(
  rows: readonly R[],
  now: Date = new Date(),
): (SeriesPart & { post: R | null })[] {
  return rows.flatMap((row) => {
    if (row.seriesPosition === null || row.status === "ARCHIVED") return [];
    const visible = isPublished(row, now);
    return [
      {
        position: row.seriesPosition,
        slug: visible ? row.slug : null,
        title: visible ? row.title : null,
        post: visible ? row : null,
      },
    ];
  });
}

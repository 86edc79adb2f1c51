import { describe, expect, it } from "vitest";
import { type SeriesPartRow, visibleParts } from "../../../lib/series/visible-parts";

const now = new Date("2026-03-01T12:00:00Z");
const row = (seriesPosition: number | null, status: string, publishedAt: Date | null): SeriesPartRow => ({
  seriesPosition,
  status,
  publishedAt,
  slug: `part-${seriesPosition}`,
  title: `Part ${seriesPosition}`,
});

describe("the parts of a series a reader may see", () => {
  it("shows a published part whose time has come with its title, link and row", () => {
    const published = row(1, "PUBLISHED", new Date("2026-02-01T00:00:00Z"));
    expect(visibleParts([published], now)).toEqual([{ position: 1, slug: "part-1", title: "Part 1", post: published }]);
  });

  it("keeps drafts, parts in review, scheduled parts and parts published in the future as numbered placeholders", () => {
    const rows = [
      row(1, "DRAFT", null),
      row(2, "IN_REVIEW", null),
      row(3, "SCHEDULED", new Date("2026-04-01T00:00:00Z")),
      row(4, "PUBLISHED", new Date("2026-03-02T00:00:00Z")),
    ];
    expect(visibleParts(rows, now)).toEqual(
      [1, 2, 3, 4].map((position) => ({ position, slug: null, title: null, post: null })),
    );
  });

  it("leaves out archived and unnumbered posts, and keeps the given order", () => {
    const rows = [
      row(3, "PUBLISHED", now),
      row(2, "ARCHIVED", now),
      row(null, "PUBLISHED", now),
      row(1, "DRAFT", null),
    ];
    expect(visibleParts(rows, now).map((p) => [p.position, p.title])).toEqual([
      [3, "Part 3"],
      [1, null],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { translator } from "../../../lib/i18n";
import { partLabel, publishedLabel, seriesTotal } from "../../../lib/series/length";

const en = translator("en-GB");
const nl = translator("nl-NL");
const parts = (...published: boolean[]) => published.map((p, i) => ({ position: i + 1, published: p }));

describe("the part label on an article", () => {
  it("counts against the planned length while every part fits in it", () => {
    expect(partLabel(en, { position: 1, plannedParts: 17, positions: [1, 2] })).toBe("Part 1 of 17");
    expect(partLabel(nl, { position: 1, plannedParts: 17, positions: [1, 2] })).toBe("Deel 1 van 17");
  });

  it("shows the last planned part as the last", () => {
    expect(partLabel(en, { position: 3, plannedParts: 3, positions: [1, 2, 3] })).toBe("Part 3 of 3");
  });

  it("drops the total when the part number outruns the plan, never reading “Part 3 of 2”", () => {
    expect(partLabel(en, { position: 3, plannedParts: 2, positions: [1, 3] })).toBe("Part 3");
    expect(partLabel(nl, { position: 3, plannedParts: 2, positions: [1, 3] })).toBe("Deel 3");
  });

  it("drops the total on every part once more parts are listed than planned", () => {
    expect(partLabel(en, { position: 1, plannedParts: 2, positions: [1, 2, 3] })).toBe("Part 1");
  });

  it("counts the listed parts of an open-ended series", () => {
    expect(partLabel(en, { position: 2, plannedParts: null, positions: [1, 2, 3] })).toBe("Part 2 of 3");
  });

  it("drops the total of an open-ended series whose numbering has gaps past the count", () => {
    expect(partLabel(en, { position: 3, plannedParts: null, positions: [1, 3] })).toBe("Part 3");
  });

  it("counts the article itself even when it is not among the listed parts", () => {
    expect(seriesTotal(2, [1, 2])).toBe(2);
    expect(partLabel(en, { position: 5, plannedParts: 4, positions: [1, 2] })).toBe("Part 5");
  });
});

describe("the series page's progress line", () => {
  it("tells how many of the planned parts are published", () => {
    expect(publishedLabel(en, { plannedParts: 17, parts: parts(true, true, true, false) })).toBe(
      "3 of 17 parts published",
    );
    expect(publishedLabel(nl, { plannedParts: 17, parts: parts(true, true, true) })).toBe("3 van 17 delen verschenen");
  });

  it("says none are published before the first part is out", () => {
    expect(publishedLabel(en, { plannedParts: 6, parts: [] })).toBe("0 of 6 parts published");
  });

  it("counts only the published parts once the plan is outgrown", () => {
    expect(publishedLabel(en, { plannedParts: 2, parts: parts(true, true, true, false) })).toBe("3 parts published");
    expect(publishedLabel(en, { plannedParts: 1, parts: parts(true, false) })).toBe("1 part published");
    expect(publishedLabel(nl, { plannedParts: 1, parts: parts(true, false) })).toBe("1 deel verschenen");
  });

  it("is absent for an open-ended series", () => {
    expect(publishedLabel(en, { plannedParts: null, parts: parts(true) })).toBeNull();
  });
});

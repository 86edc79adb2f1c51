import type { Translate } from "../i18n";

// How long a series is, as far as it can honestly be told. A planned length
// holds while every listed part fits in it; once a part is numbered past the
// plan (or more parts are listed than planned), the plan is out of date and
// nothing tells how long the series will be, so no total is printed at all
// rather than "Part 3 of 2". An open-ended series counts its listed parts,
// forthcoming ones included, as it always has.

/** The total to print after "Part 3 of", or null when none can be told. */
export function seriesTotal(plannedParts: number | null, positions: readonly number[]): number | null {
  const total = plannedParts ?? positions.length;
  const highest = Math.max(0, ...positions);
  return highest <= total && positions.length <= total ? total : null;
}

/** "Part 1 of 17", or "Part 3" when the series' length cannot honestly be told. */
export function partLabel(
  t: Translate,
  series: { position: number; plannedParts: number | null; positions: readonly number[] },
): string {
  const total = seriesTotal(series.plannedParts, [...new Set([...series.positions, series.position])]);
  return total === null
    ? t("series.part", { position: series.position })
    : t("series.partOf", { position: series.position, total });
}

/**
 * "3 of 17 parts published" for a series with a plan, "4 parts published"
 * once the plan is outgrown; null for an open-ended series, whose page
 * lists its parts without a length.
 */
export function publishedLabel(
  t: Translate,
  series: { plannedParts: number | null; parts: readonly { position: number; published: boolean }[] },
): string | null {
  if (series.plannedParts === null) return null;
  const published = series.parts.filter((p) => p.published).length;
  const total = seriesTotal(
    series.plannedParts,
    series.parts.map((p) => p.position),
  );
  if (total !== null) return t("series.publishedOf", { published, total });
  return published === 1 ? t("series.publishedOne") : t("series.publishedOther", { published });
}

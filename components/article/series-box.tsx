import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { SeriesBox as Series, SeriesPart } from "@/lib/posts/dto";
import { partLabel } from "@/lib/series/length";

/** "Part 1 of 17" for the article this box sits under. */
export const seriesPartLabel = (series: Series, t: Translate) =>
  partLabel(t, {
    position: series.position,
    plannedParts: series.plannedParts,
    positions: series.parts.map((p) => p.position),
  });

function PartLink({
  part,
  label,
  rel,
  t,
  ui,
}: {
  part: SeriesPart | null;
  label: string;
  rel: "prev" | "next";
  t: Translate;
  ui: SiteInterface;
}) {
  if (!part) return <span />;
  if (!part.slug)
    return (
      <span className="series-forthcoming">
        {label}: {t("series.forthcoming")}
      </span>
    );
  return (
    <Link href={inInterface(ui, `/articles/${part.slug}`)} rel={rel}>
      {label}: {part.title}
    </Link>
  );
}

/** "Part 1 of 3", the parts in order (unpublished ones as forthcoming), previous/next. */
export function SeriesBox({ series, t, ui }: { series: Series; t: Translate; ui: SiteInterface }) {
  return (
    <aside className="series-box" aria-labelledby="series-box-title">
      <p className="series-label">{seriesPartLabel(series, t)}</p>
      <h2 id="series-box-title">
        <Link href={inInterface(ui, `/series/${series.slug}`)}>{series.title}</Link>
      </h2>
      <ol>
        {series.parts.map((part) => (
          <li key={part.position} aria-current={part.position === series.position ? "page" : undefined}>
            {part.slug && part.position !== series.position ? (
              <Link href={inInterface(ui, `/articles/${part.slug}`)}>{part.title}</Link>
            ) : part.slug ? (
              <strong>{part.title}</strong>
            ) : (
              <span className="series-forthcoming">
                {t("series.part", { position: part.position })}: {t("series.forthcoming")}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="series-nav">
        <PartLink part={series.previous} label={t("series.previous")} rel="prev" t={t} ui={ui} />
        <PartLink part={series.next} label={t("series.next")} rel="next" t={t} ui={ui} />
      </div>
      <p>
        <Link href={inInterface(ui, `/series/${series.slug}`)}>{t("series.all", { title: series.title })}</Link>
      </p>
    </aside>
  );
}

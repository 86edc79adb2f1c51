import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { SearchCorrection as Correction, SearchQuery } from "@/lib/search/dto";
import { searchHref } from "@/lib/search/schema";

/**
 * "Showing results for **living**. Search instead for *Lviing*" or "Did you
 * mean **living**?": plain links that keep the filters, so it works without
 * JavaScript. Not prefetched: each is a fresh database search.
 */
export function SearchCorrection({
  query,
  correction,
  t,
  ui,
}: {
  query: SearchQuery;
  correction: Correction;
  t: Translate;
  ui: SiteInterface;
}) {
  const { q, section, type, contributor } = query;
  const filters = {
    ...(section ? { section } : {}),
    ...(type ? { type } : {}),
    ...(contributor ? { contributor } : {}),
  };
  const words = correction.segments.map((segment, i) =>
    segment.corrected ? <strong key={i}>{segment.text}</strong> : segment.text,
  );
  if (correction.mode === "applied") {
    return (
      <p className="search-correction">
        {t("search.showingResultsFor")} {words}. {t("search.searchInsteadFor")}{" "}
        <Link href={inInterface(ui, searchHref({ ...filters, q, verbatim: true }))} prefetch={false}>
          <em>{q}</em>
        </Link>
      </p>
    );
  }
  return (
    <p className="search-correction">
      {t("search.didYouMean")}{" "}
      <Link href={inInterface(ui, searchHref({ ...filters, q: correction.q }))} prefetch={false}>
        {words}
      </Link>
      ?
    </p>
  );
}

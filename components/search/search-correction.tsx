import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { SearchCorrection as Correction, SearchQuery } from "@/lib/search/dto";
import { searchHref } from "@/lib/search/schema";

/**
 * "Showing results for **living**. Search instead for *Lviing*" or "Did you
 * mean **living**?": plain links that keep the filters, so it works without
 * JavaScript. Full page loads, not client navigations: a full load is served
 * from the search's cached page (lib/search/address.ts), while the client
 * router would render /search afresh and keep the page it left, hidden, in
 * the document (its form's ids twice).
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
        <a href={inInterface(ui, searchHref({ ...filters, q, verbatim: true }))}>
          <em>{q}</em>
        </a>
      </p>
    );
  }
  return (
    <p className="search-correction">
      {t("search.didYouMean")} <a href={inInterface(ui, searchHref({ ...filters, q: correction.q }))}>{words}</a>?
    </p>
  );
}

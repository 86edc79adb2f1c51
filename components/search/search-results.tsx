import type { Translate } from "@/lib/i18n";
import type { SiteInterface } from "@/lib/i18n/interface";
import type { SearchQuery, SearchResults as Results } from "@/lib/search/dto";
import { SearchCorrection } from "./search-correction";
import { SearchPagination } from "./search-pagination";
import { SearchResultCard } from "./search-result-card";

/** What a search found: an invitation, "nothing", or a count, the cards and pagination. */
export function SearchResults({
  query,
  results,
  t,
  ui,
}: {
  query: SearchQuery;
  results: Results | null;
  t: Translate;
  ui: SiteInterface;
}) {
  if (!results) {
    return (
      <div className="empty search-empty">
        <p>
          <strong>{t("search.prompt")}</strong>
        </p>
        <p>{t("search.promptHint")}</p>
      </div>
    );
  }
  const { correction } = results;
  // The words the results are for: the corrected ones when those were searched.
  const q = correction?.mode === "applied" ? correction.q : query.q;
  const note = correction ? <SearchCorrection query={query} correction={correction} t={t} ui={ui} /> : null;
  if (results.hits.length === 0) {
    // Past the last page of real results, the way back is still offered.
    return results.total > 0 ? (
      <>
        <div role="status" className="search-status">
          {note}
          <p className="empty search-empty">{t("search.pastEnd", { q })}</p>
        </div>
        <SearchPagination query={query} hasNext={false} t={t} ui={ui} />
      </>
    ) : (
      <div role="status" className="search-status">
        <p className="empty search-empty">{t("search.noResults", { q })}</p>
      </div>
    );
  }
  const summary =
    results.match === "similar-titles"
      ? t("search.similarTitles", { q })
      : t(results.total === 1 ? "search.countOne" : "search.countOther", { count: results.total, q });
  return (
    <section className="search-results" aria-label={t("search.results")}>
      {/* The correction is part of the status, so it is read with the count. */}
      <div role="status" className="search-status">
        {note}
        <p className="search-summary">{summary}</p>
      </div>
      <div className="post-list">
        {results.hits.map((hit) => (
          <SearchResultCard key={hit.post.slug} hit={hit} ui={ui} />
        ))}
      </div>
      <SearchPagination query={query} hasNext={results.hasNext} t={t} ui={ui} />
    </section>
  );
}

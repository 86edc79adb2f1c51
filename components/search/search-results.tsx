import type { Translate } from "@/lib/i18n";
import type { SearchQuery, SearchResults as Results } from "@/lib/search/dto";
import { SearchPagination } from "./search-pagination";
import { SearchResultCard } from "./search-result-card";

/** What a search found: an invitation, "nothing", or a count, the cards and pagination. */
export function SearchResults({ query, results, t }: { query: SearchQuery; results: Results | null; t: Translate }) {
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
  const { q } = query;
  if (results.hits.length === 0) {
    // Past the last page of real results, the way back is still offered.
    return results.total > 0 ? (
      <>
        <p className="empty search-empty">{t("search.pastEnd", { q })}</p>
        <SearchPagination query={query} hasNext={false} t={t} />
      </>
    ) : (
      <p className="empty search-empty">{t("search.noResults", { q })}</p>
    );
  }
  const summary =
    results.match === "similar-titles"
      ? t("search.similarTitles", { q })
      : t(results.total === 1 ? "search.countOne" : "search.countOther", { count: results.total, q });
  return (
    <section className="search-results" aria-label={t("search.results")}>
      <p className="search-summary">{summary}</p>
      <div className="post-list">
        {results.hits.map((hit) => (
          <SearchResultCard key={hit.post.slug} hit={hit} />
        ))}
      </div>
      <SearchPagination query={query} hasNext={results.hasNext} t={t} />
    </section>
  );
}

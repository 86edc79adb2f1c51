import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { SearchQuery } from "@/lib/search/dto";
import { searchHref } from "@/lib/search/schema";

// Full page loads, not client navigations: a full load is served from the
// search's cached page (lib/search/address.ts), while the client router would
// render /search afresh and keep the page it left, hidden, in the document.
/** Previous/more links that keep the words and filters: /search?q=…&page=2. */
export function SearchPagination({
  query,
  hasNext,
  t,
  ui,
}: {
  query: SearchQuery;
  hasNext: boolean;
  t: Translate;
  ui: SiteInterface;
}) {
  const { page } = query;
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <a href={inInterface(ui, searchHref(query, page - 1))} rel="prev">
          ← {t("search.previous")}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pagination.page", { page })}</span>
      {hasNext ? (
        <a href={inInterface(ui, searchHref(query, page + 1))} rel="next">
          {t("search.next")} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

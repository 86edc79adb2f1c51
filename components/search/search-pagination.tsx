import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { SearchQuery } from "@/lib/search/dto";
import { searchHref } from "@/lib/search/schema";

// Not prefetched: every results page is a fresh database search.
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
        <Link href={inInterface(ui, searchHref(query, page - 1))} rel="prev" prefetch={false}>
          ← {t("search.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pagination.page", { page })}</span>
      {hasNext ? (
        <Link href={inInterface(ui, searchHref(query, page + 1))} rel="next" prefetch={false}>
          {t("search.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

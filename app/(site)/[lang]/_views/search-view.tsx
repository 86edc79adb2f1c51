import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { translator } from "@/lib/i18n";
import type { SiteInterface } from "@/lib/i18n/interface";
import type { SearchPageData } from "@/lib/search/search-page";

// The search page's body, shared by /search (rendered on every request) and
// search/[key] (one cached page per search: lib/search/address.ts).

export function searchMetadata(q: string, ui: SiteInterface): Metadata {
  const t = translator(ui.language);
  // Result pages are endless permutations of the archive: keep them out of search engines.
  return { title: q ? t("search.titleFor", { q }) : t("search.title"), robots: { index: false, follow: true } };
}

export function SearchView({ data: { query, options, results }, ui }: { data: SearchPageData; ui: SiteInterface }) {
  const t = translator(ui.language);
  return (
    <>
      <header className="listing-header">
        <h1>{t("search.title")}</h1>
      </header>
      <SearchForm query={query} options={options} t={t} ui={ui} />
      <SearchResults query={query} results={results} t={t} ui={ui} />
    </>
  );
}

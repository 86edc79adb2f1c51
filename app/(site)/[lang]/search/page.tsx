import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { translator } from "@/lib/i18n";
import { parseSearchParams } from "@/lib/search/schema";
import { loadSearchPage } from "@/lib/search/search-page";
import { pageInterface, type LangParams } from "../_views/site-interface";

// Every search runs on the reader's words at request time; the page is sent
// whole (no streamed fallback) so the form and results work without JavaScript.
export const instant = false;

type Props = {
  params: Promise<LangParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ q }, { ui }] = await Promise.all([searchParams.then(parseSearchParams), pageInterface(params)]);
  const t = translator(ui.language);
  // Result pages are endless permutations of the archive: keep them out of search engines.
  return { title: q ? t("search.titleFor", { q }) : t("search.title"), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [{ query, options, results }, { ui }] = await Promise.all([
    loadSearchPage(searchParams),
    pageInterface(params),
  ]);
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

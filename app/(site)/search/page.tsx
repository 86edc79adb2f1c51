import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { translator } from "@/lib/i18n";
import { parseSearchParams } from "@/lib/search/schema";
import { loadSearchPage } from "@/lib/search/search-page";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// Every search runs on the reader's words at request time; the page is sent
// whole (no streamed fallback) so the form and results work without JavaScript.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, settings] = await Promise.all([searchParams.then(parseSearchParams), getSiteSettingsCached()]);
  const t = translator(settings.language);
  // Result pages are endless permutations of the archive: keep them out of search engines.
  return { title: q ? t("search.titleFor", { q }) : t("search.title"), robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const [{ query, options, results }, settings] = await Promise.all([
    loadSearchPage(searchParams),
    getSiteSettingsCached(),
  ]);
  const t = translator(settings.language);
  return (
    <>
      <header className="listing-header">
        <h1>{t("search.title")}</h1>
      </header>
      <SearchForm query={query} options={options} t={t} />
      <SearchResults query={query} results={results} t={t} />
    </>
  );
}

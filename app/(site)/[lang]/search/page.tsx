import type { Metadata } from "next";
import { parseSearchParams } from "@/lib/search/schema";
import { loadSearchPage } from "@/lib/search/search-page";
import { searchMetadata, SearchView } from "../_views/search-view";
import { pageInterface, type LangParams } from "../_views/site-interface";

// The search form, and the results when the client router asks for them:
// every search runs on the reader's words at request time. A production
// server sends a page request with words to search/[key] instead, which is
// cached. The page is sent whole (no streamed fallback) so the form and
// results work without JavaScript.
export const instant = false;

type Props = {
  params: Promise<LangParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ q }, { ui }] = await Promise.all([searchParams.then(parseSearchParams), pageInterface(params)]);
  return searchMetadata(q, ui);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [data, { ui }] = await Promise.all([loadSearchPage(searchParams), pageInterface(params)]);
  return <SearchView data={data} ui={ui} />;
}

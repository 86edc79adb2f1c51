import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { searchKeyFromSegment } from "@/lib/search/route-key";
import { parseSearchKey } from "@/lib/search/schema";
import { loadSearch } from "@/lib/search/search-page";
import { searchMetadata, SearchView } from "../../_views/search-view";
import { pageInterface, type LangParams } from "../../_views/site-interface";

// One search's results page, cached like an article: a production server
// sends /search?q=… here as /_/search/<key> (lib/search/address.ts), so
// the same search is rendered once and served from the page cache until a
// post is published, changed or unpublished (its reads are tagged "posts").
// A key that is not canonical is a 404: one cached page per search.
export const instant = false;

// Cache Components needs one set of params at build time: a segment that
// names no search, so it prerenders the 404.
export function generateStaticParams() {
  return [{ key: "none" }];
}

type Props = { params: Promise<LangParams & { key: string }> };

async function queryOf(params: Props["params"]) {
  const key = searchKeyFromSegment((await params).key);
  const query = key === null ? null : parseSearchKey(key);
  if (!query) notFound();
  return query;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ q }, { ui }] = await Promise.all([queryOf(params), pageInterface(params)]);
  return searchMetadata(q, ui);
}

export default async function CachedSearchPage({ params }: Props) {
  const [query, { ui }] = await Promise.all([queryOf(params), pageInterface(params)]);
  return <SearchView data={await loadSearch(query)} ui={ui} />;
}

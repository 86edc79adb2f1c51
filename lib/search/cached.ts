import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import type { SearchFilters } from "./dto";
import { getSearchFilterOptions, searchPosts } from "./data/queries";

// Results for the same words, filters and page are shared by every reader
// until any post is published, changed or unpublished.

export async function searchPostsCached(words: string, filters: SearchFilters, page: number) {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList);
  return searchPosts(words, filters, page);
}

export async function getSearchFilterOptionsCached() {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList, cacheTags.sections);
  return getSearchFilterOptions();
}

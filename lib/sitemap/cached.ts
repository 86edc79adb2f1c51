import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { renderSitemapFile, renderSitemapRoot } from "./render";

// The sitemap lists every published URL: any publication, unpublication or
// slug change touches the post list, and section renames touch "sections".

export async function renderSitemapCached(siteUrl: string, file?: string): Promise<string | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList, cacheTags.sections);
  return file === undefined ? renderSitemapRoot({ siteUrl }) : renderSitemapFile(file, { siteUrl });
}

import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { parseOrNull, publicSlugSchema } from "../schemas";
import { findPageRedirect, getPublicPage } from "./data/public-page";
import type { PublicPage } from "./dto";
import { onReplica } from "../replica-reads";

// Cached reads for standalone pages, tagged like articles: a page's own tag
// (and its contact's), or, while missing, the tag every publication touches.

export async function getPublicPageCached(slug: string): Promise<PublicPage | null> {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(publicSlugSchema, slug);
  const page = valid === null ? null : await onReplica(() => getPublicPage(valid));
  cacheTag(...(page ? tagsFor(page.shows) : [cacheTags.postsList]));
  return page;
}

export async function findPageRedirectCached(slug: string): Promise<string | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList);
  const valid = parseOrNull(publicSlugSchema, slug);
  return valid === null ? null : onReplica(() => findPageRedirect(valid));
}

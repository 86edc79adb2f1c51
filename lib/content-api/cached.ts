import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { parseOrNull } from "../schemas";
import { getSiteSettings } from "../settings/data/queries";
import { decodePostCursor } from "./cursor";
import { getApiPost, listApiPosts } from "./data/posts";
import type { ApiItem, ApiList, ApiPost, ApiPostSummary } from "./dto";
import { type PostsQuery, postsQuerySchema, slugParamsSchema } from "./schema";
import { onReplica } from "../replica-reads";

// The API's post answers, cached and tagged like the public pages that show
// the same posts (lib/posts/cached.ts), so a change invalidates both. Only
// the content is cached: the key and its rate limit are checked on every
// request (serve.ts), so a revoked key stops at once on every instance.

export async function getApiPostCached(slug: string): Promise<ApiItem<ApiPost> | null> {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(slugParamsSchema, { slug });
  const found = valid === null ? null : await onReplica(() => getApiPost(valid.slug));
  // A missing post appears when any post is published or renamed.
  cacheTag(...(found ? tagsFor(found.shows) : [cacheTags.postsList]));
  return found?.item ?? null;
}

/** Call with a query whose cursor has been decoded once already: a bad cursor must be a 422, not a cache failure. */
export async function listApiPostsCached(query: PostsQuery): Promise<ApiList<ApiPostSummary>> {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(postsQuerySchema, query);
  if (valid === null || (valid.cursor !== undefined && !decodesAsCursor(valid.cursor))) {
    cacheTag(cacheTags.postsList);
    return { data: [], nextCursor: null };
  }
  const { list, shows } = await onReplica(() => listApiPosts(valid));
  // Any post published, changed or withdrawn changes some list; a renamed
  // section, tag or writer changes which slug a filter matches.
  cacheTag(cacheTags.postsList, cacheTags.pathRedirects, ...tagsFor(shows));
  return list;
}

function decodesAsCursor(cursor: string): boolean {
  try {
    decodePostCursor(cursor);
    return true;
  } catch {
    return false;
  }
}

/** The origins whose pages may call the API from a browser (CORS), read once per settings change rather than per request. */
export async function getAllowedOriginsCached(): Promise<string[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.settings);
  return (await onReplica(() => getSiteSettings())).contentApiAllowedOrigins;
}

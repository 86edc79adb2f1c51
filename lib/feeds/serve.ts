import "server-only";
import { env } from "../env";
import { findPathRedirectCached } from "../redirects/cached";
import { feedPathFor, scopePagePath } from "./links";
import { renderFeedCached } from "./cached";
import { FEED_CONTENT_TYPES, type FeedFormat, type FeedScope } from "./types";

// What the feed route handlers call: the cached text as an HTTP answer.

export async function serveFeed(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const body = await renderFeedCached(scope, format, env().SITE_URL);
  if (body === null && scope.kind !== "site") {
    // A renamed section's or contributor's feed moves with its page, so subscribers keep it.
    const renamed = await findPathRedirectCached(scopePagePath(scope));
    if (renamed) return new Response(null, { status: 308, headers: { location: feedPathFor(renamed, format) } });
  }
  return feedResponse(body, format);
}

export function feedResponse(body: string | null, format: FeedFormat): Response {
  if (body === null) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": FEED_CONTENT_TYPES[format] } });
}

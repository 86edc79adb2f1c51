import "server-only";
import { findPathRedirectCached } from "../redirects/cached";
import { renderFeedCached } from "./cached";
import type { FeedFormat, FeedScope } from "./dto";
import { feedPathFor, scopePagePath } from "./links";

// What the feed route handlers call: the cached text as an HTTP answer.

const FEED_CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

export async function serveFeed(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const body = await renderFeedCached(scope, format);
  if (body === null && scope.kind !== "site") {
    // A renamed section's or contributor's feed moves with its page, so subscribers keep it.
    const renamed = await findPathRedirectCached(scopePagePath(scope));
    if (renamed) return new Response(null, { status: 308, headers: { location: feedPathFor(renamed, format) } });
  }
  return feedResponse(body, format);
}

export function feedResponse(body: string | null, format: FeedFormat): Response {
  if (body === null)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": FEED_CONTENT_TYPES[format] } });
}

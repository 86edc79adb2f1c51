import { renderAtom } from "./atom";
import { toFeedDocument, type FeedBuildInput, type FeedDocument } from "./document";
import type { FeedFormat } from "./dto";
import { renderJsonFeed } from "./json-feed";
import { renderRss } from "./rss";

// Pure: posts, settings and the site's address in, the feed's text out. No
// database, no clock, no environment, so the same input always gives the same bytes.

export type { FeedBuildInput, FeedSettings } from "./document";

const RENDERERS: Readonly<Record<FeedFormat, (doc: FeedDocument) => string>> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

export function buildFeed(format: FeedFormat, input: FeedBuildInput): string {
  return RENDERERS[format](toFeedDocument(input, format));
}

import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { getSiteSettings } from "../settings/data/queries";
import { buildFeed } from "./build";
import { getFeedChannel } from "./data/queries";
import type { FeedFormat, FeedScope } from "./dto";

/** A feed's text, cached and tagged with every post, section, tag and byline it shows. */
export async function renderFeedCached(scope: FeedScope, format: FeedFormat, siteUrl: string): Promise<string | null> {
  "use cache";
  cacheLife("content");
  const settings = await getSiteSettings();
  const channel = await getFeedChannel(scope, { includeContent: settings.feedContent === "full" });
  // The site feed gains any new post; a missing section or contributor may appear later.
  const lists = scope.kind === "site" || !channel ? [cacheTags.postsList] : [];
  cacheTag(cacheTags.settings, ...lists, ...(channel ? tagsFor(channel.shows) : []));
  return channel && buildFeed(format, { channel, settings, siteUrl });
}

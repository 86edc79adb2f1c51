import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { cacheTags, tagsFor } from "../cache-tags";
import { env } from "../env";
import { parseOrNull, publicSlugSchema } from "../schemas";
import { getSiteSettings } from "../settings/data/queries";
import { toPublicSettings } from "../settings/public";
import { buildFeed } from "./build";
import { getFeedChannel } from "./data/queries";
import type { FeedFormat, FeedScope } from "./dto";
import { onReplica } from "../replica-reads";

const feedArgsSchema = z.tuple([
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("site") }).strict(),
    z.object({ kind: z.literal("section"), slug: publicSlugSchema }).strict(),
    z.object({ kind: z.literal("contributor"), slug: publicSlugSchema }).strict(),
  ]),
  z.enum(["rss", "atom", "json"]),
]);

/**
 * A feed's text, cached and tagged with every post, section, tag and byline it
 * shows. The site's address comes from the environment, never from the caller:
 * this is a public endpoint, and its answers are shared.
 */
export async function renderFeedCached(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  "use cache";
  cacheLife("content");
  const args = parseOrNull(feedArgsSchema, [scope, format]);
  if (args === null) {
    cacheTag(cacheTags.postsList);
    return null;
  }
  const [validScope, validFormat] = args;
  const settings = toPublicSettings(await onReplica(() => getSiteSettings()));
  const channel = await onReplica(() =>
    getFeedChannel(validScope, { includeContent: settings.feedContent === "full" }),
  );
  // The site feed gains any new post; a missing section or contributor may appear later.
  const lists = validScope.kind === "site" || !channel ? [cacheTags.postsList] : [];
  cacheTag(cacheTags.settings, ...lists, ...(channel ? tagsFor(channel.shows) : []));
  return channel && buildFeed(validFormat, { channel, settings, siteUrl: env().SITE_URL });
}

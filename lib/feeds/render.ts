import "server-only";
import { env } from "../env";
import { getSiteSettings } from "../settings/data/queries";
import { buildFeed } from "./build";
import { getFeedChannel } from "./data/queries";
import type { FeedFormat, FeedScope } from "./dto";

/** The feed's text, read fresh (cached.ts keeps the served copy), or null when the section or contributor doesn't exist. */
export async function renderFeed(
  scope: FeedScope,
  format: FeedFormat,
  siteUrl: string = env().SITE_URL,
): Promise<string | null> {
  const settings = await getSiteSettings();
  const channel = await getFeedChannel(scope, { includeContent: settings.feedContent === "full" });
  return channel && buildFeed(format, { channel, settings, siteUrl });
}

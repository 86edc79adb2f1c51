import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { getSiteSettings } from "./data/queries";
import { toPublicSettings, type PublicSiteSettings } from "./public";
import { onReplica } from "../replica-reads";

/** The settings pages show; moderation code reads the full set with getSiteSettings (data/queries.ts). */
export async function getSiteSettingsCached(): Promise<PublicSiteSettings> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.settings);
  return toPublicSettings(await onReplica(() => getSiteSettings()));
}

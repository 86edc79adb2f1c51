import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { getSiteSettings } from "./data/queries";

export async function getSiteSettingsCached() {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.settings);
  return getSiteSettings();
}

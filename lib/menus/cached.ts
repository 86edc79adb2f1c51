import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { getPublicMenus } from "./data/menus";
import type { PublicMenus } from "./dto";
import { onReplica } from "../replica-reads";

/**
 * The header and footer menus for every public page. Takes no arguments, so
 * a caller of this public endpoint can ask for nothing but what every reader
 * sees. Tagged with the menus, the sections (the default header lists them),
 * the settings (the default "Home" is in the site's language) and every target.
 */
export async function getPublicMenusCached(): Promise<Omit<PublicMenus, "shows">> {
  "use cache";
  cacheLife("content");
  const { shows, ...menus } = await onReplica(() => getPublicMenus());
  cacheTag(cacheTags.menus, cacheTags.sections, cacheTags.settings, ...tagsFor(shows));
  return menus;
}

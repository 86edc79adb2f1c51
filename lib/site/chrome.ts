import "server-only";
import { getSiteSettingsCached } from "../settings/cached";
import { getPublicMenusCached } from "../menus/cached";

/** What every public page's frame needs: settings and the header and footer menus. */
export async function getSiteChrome() {
  const [settings, menus] = await Promise.all([getSiteSettingsCached(), getPublicMenusCached()]);
  return { settings, menus };
}

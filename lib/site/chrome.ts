import "server-only";
import { getSiteSettingsCached } from "../settings/cached";
import { listSectionsCached } from "../taxonomy/cached";

/** What every public page's frame needs: settings and the section navigation. */
export async function getSiteChrome() {
  const [settings, sections] = await Promise.all([getSiteSettingsCached(), listSectionsCached()]);
  return { settings, sections };
}

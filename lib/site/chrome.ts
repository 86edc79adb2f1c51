import "server-only";
import { getSiteSettings } from "../settings/queries";
import { listSections } from "../taxonomy/queries";

/** What every public page's frame needs: settings and the section navigation. */
export async function getSiteChrome() {
  const [settings, sections] = await Promise.all([getSiteSettings(), listSections()]);
  return { settings, sections };
}

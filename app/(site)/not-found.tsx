import { NotFoundMessage } from "@/components/site/not-found-message";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// A missing article, listing or page past the end: the public layout already
// frames it, so every public page's payload carries only this message rather
// than a second copy of the header and footer.
export default async function SiteNotFound() {
  const settings = await getSiteSettingsCached();
  return <NotFoundMessage language={settings.language} />;
}

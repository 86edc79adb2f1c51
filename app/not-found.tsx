import Link from "next/link";
import { SiteChrome } from "@/components/site/site-chrome";
import { translator } from "@/lib/i18n";
import { getSiteChrome } from "@/lib/site/chrome";

export default async function NotFound() {
  const chrome = await getSiteChrome();
  const t = translator(chrome.settings.language);
  return (
    <SiteChrome {...chrome}>
      <div className="not-found">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <p><Link href="/">{t("notFound.home")}</Link></p>
      </div>
    </SiteChrome>
  );
}

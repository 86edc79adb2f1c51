import { Document } from "@/components/site/document";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteChrome } from "@/components/site/site-chrome";
import { ownInterface } from "@/lib/i18n/interface";
import { getSiteChrome } from "@/lib/site/chrome";

// Addresses no route matches: no root layout is around this page, so it
// brings its own document and frame, in the site's own language.
export default async function NotFound() {
  const chrome = await getSiteChrome();
  const ui = ownInterface(chrome.settings);
  return (
    <Document language={ui.language} accentColor={chrome.settings.accentColor}>
      <SiteChrome {...chrome} ui={ui} languageSwitch={false}>
        <NotFoundMessage ui={ui} />
      </SiteChrome>
    </Document>
  );
}

import { Document } from "@/components/site/document";
import { InterfaceProvider } from "@/components/site/interface-context";
import { SiteChrome } from "@/components/site/site-chrome";
import { DEFAULT_SEGMENT, interfaceFor, ownInterface } from "@/lib/i18n/interface";
import { getSiteChrome } from "@/lib/site/chrome";

// The public site, in the interface its address names (lib/i18n/interface.ts).
// Bare addresses are prerendered; a second language's render on first visit.
export function generateStaticParams() {
  return [{ lang: DEFAULT_SEGMENT }];
}

export default async function SiteLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const [{ lang }, chrome] = await Promise.all([params, getSiteChrome()]);
  // A root layout cannot answer 404; its pages do, for an interface the site does not offer.
  const ui = interfaceFor(lang, chrome.settings) ?? ownInterface(chrome.settings);
  return (
    <Document language={ui.language} accentColor={chrome.settings.accentColor}>
      <InterfaceProvider value={ui}>
        <SiteChrome {...chrome} ui={ui}>
          {children}
        </SiteChrome>
      </InterfaceProvider>
    </Document>
  );
}

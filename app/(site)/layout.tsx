import { SiteChrome } from "@/components/site/site-chrome";
import { getSiteChrome } from "@/lib/site/chrome";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const chrome = await getSiteChrome();
  return <SiteChrome {...chrome}>{children}</SiteChrome>;
}

import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteChrome } from "@/components/site/site-chrome";
import { getSiteChrome } from "@/lib/site/chrome";

// URLs that match no route: the public layout isn't around this page, so it brings its own frame.
export default async function NotFound() {
  const chrome = await getSiteChrome();
  return (
    <SiteChrome {...chrome}>
      <NotFoundMessage language={chrome.settings.language} />
    </SiteChrome>
  );
}

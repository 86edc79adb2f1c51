import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/article/article-view";
import { PreviewBanner } from "@/components/article/preview-banner";
import { PageView } from "@/components/page/page-view";
import { SiteChrome } from "@/components/site/site-chrome";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n";
import { ownInterface } from "@/lib/i18n/interface";
import { getTokenPreview } from "@/lib/posts/data/preview";
import { getSiteChrome } from "@/lib/site/chrome";

// A signed preview link (lib/posts/preview-token.ts) opens the unpublished
// post as readers will see it; a forged or expired link is a plain 404.
export const instant = false;

type Props = { params: Promise<{ token: string }> };

const load = cache(async (token: string) => (await getTokenPreview(token)) ?? notFound());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).token);
  return {
    title: page.post.title,
    robots: { index: false, follow: false },
    // The link itself is the key: never hand it to the sites the article links to.
    referrer: "no-referrer",
  };
}

export default async function TokenPreviewPage({ params }: Props) {
  const [page, chrome] = await Promise.all([params.then(({ token }) => load(token)), getSiteChrome()]);
  const ui = ownInterface(chrome.settings);
  return (
    <SiteChrome {...chrome} ui={ui} languageSwitch={false}>
      <PreviewBanner status={page.status} t={translator(page.post.language)} />
      {page.standalone ? (
        <PageView page={page.standalone} />
      ) : (
        <ArticleView page={page} settings={chrome.settings} siteUrl={env().SITE_URL} ui={ui} />
      )}
    </SiteChrome>
  );
}

import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { CommentsSection } from "@/components/comments/comments-section";
import { getApprovedThreadCached } from "@/lib/comments/cached";
import { env } from "@/lib/env";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import { metadataInInterface, pageInterface, type LangParams } from "../../_views/site-interface";
import { findRedirectCached, getArticlePageCached } from "@/lib/posts/cached";
import { listRecentPublishedSlugs } from "@/lib/posts/data/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams(await listRecentPublishedSlugs(PRERENDERED.articles));
}

type Props = { params: Promise<LangParams & { slug: string }> };

async function load(slug: string, ui: SiteInterface) {
  const page = await getArticlePageCached(slug);
  if (page) return page;
  const current = await findRedirectCached(slug);
  if (current) permanentRedirect(inInterface(ui, `/articles/${current}`));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return metadataInInterface(params, async (settings, ui) =>
    articleMetadata(await load(slug, ui), settings, env().SITE_URL),
  );
}

export default async function ArticlePage({ params }: Props) {
  const [{ slug }, { ui, settings }] = await Promise.all([params, pageInterface(params)]);
  const page = await load(slug, ui);
  const { post } = page;
  const thread = await getApprovedThreadCached(post.id, 1);

  return (
    <ArticleView page={page} settings={settings} siteUrl={env().SITE_URL} ui={ui}>
      <JsonLd data={articleJsonLd(page, settings, env().SITE_URL)} />
      <CommentsSection
        postId={post.id}
        path={inInterface(ui, `/articles/${post.slug}`)}
        language={post.language}
        enabled={post.commentsEnabled}
        thread={thread}
      />
    </ArticleView>
  );
}

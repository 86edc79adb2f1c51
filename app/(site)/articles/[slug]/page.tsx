import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { CommentsSection } from "@/components/comments/comments-section";
import { getApprovedThreadCached } from "@/lib/comments/cached";
import { env } from "@/lib/env";
import { findRedirectCached, getArticlePageCached } from "@/lib/posts/cached";
import { listRecentPublishedSlugs } from "@/lib/posts/data/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams(await listRecentPublishedSlugs(PRERENDERED.articles));
}

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const page = await getArticlePageCached(slug);
  if (page) return page;
  const current = await findRedirectCached(slug);
  if (current) permanentRedirect(`/articles/${current}`);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [page, settings] = await Promise.all([load((await params).slug), getSiteSettingsCached()]);
  return articleMetadata(page, settings, env().SITE_URL);
}

export default async function ArticlePage({ params }: Props) {
  const page = await load((await params).slug);
  const { post } = page;
  const [settings, thread] = await Promise.all([getSiteSettingsCached(), getApprovedThreadCached(post.id, 1)]);

  return (
    <ArticleView page={page} settings={settings} siteUrl={env().SITE_URL}>
      <JsonLd data={articleJsonLd(page, settings, env().SITE_URL)} />
      <CommentsSection
        postId={post.id}
        path={`/articles/${post.slug}`}
        language={post.language}
        enabled={post.commentsEnabled}
        thread={thread}
      />
    </ArticleView>
  );
}

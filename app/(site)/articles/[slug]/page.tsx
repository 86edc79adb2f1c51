import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { BylineText } from "@/components/article/byline-text";
import { ContactCard } from "@/components/article/contact-card";
import { HeroFigure } from "@/components/article/hero-figure";
import { PostList } from "@/components/article/post-list";
import { SeriesBox } from "@/components/article/series-box";
import { ShareLinks } from "@/components/article/share-links";
import { TableOfContents } from "@/components/article/table-of-contents";
import { CommentsSection } from "@/components/comments/comments-section";
import { getApprovedThreadCached } from "@/lib/comments/cached";
import { env } from "@/lib/env";
import { formatDate, translator } from "@/lib/i18n";
import { findRedirectCached, getArticlePageCached } from "@/lib/posts/cached";
import { listRecentPublishedSlugs } from "@/lib/posts/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";
import { shareLinks } from "@/lib/posts/share";
import { articleJsonLd, jsonLdScript } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { articleUrl } from "@/lib/seo/urls";
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
  const { post, contacts, series, related } = page;
  const [settings, thread] = await Promise.all([getSiteSettingsCached(), getApprovedThreadCached(post.id, 1)]);
  const t = translator(post.language);
  const url = articleUrl(env().SITE_URL, post.slug);
  const links = shareLinks({ url, title: post.title, handle: settings.socialHandle, hashtag: settings.hashtag });

  return (
    <article className="article" lang={post.language}>
      <script
        type="application/ld+json"
        // jsonLdScript escapes <, > and & so no text can close the script element.
        dangerouslySetInnerHTML={{ __html: jsonLdScript(articleJsonLd(page, settings, env().SITE_URL)) }}
      />
      <header className="article-header">
        <p className="type-label">
          {t(`type.${post.type}`)}
          {post.section && (
            <>
              {" "}<span className="article-section">{t("article.in")}{" "}
                <Link href={`/sections/${post.section.slug}`}>{post.section.name}</Link>
              </span>
            </>
          )}
        </p>
        {series && (
          <p className="series-label">
            <Link href={`/series/${series.slug}`}>{series.title}</Link>
            {" · "}{t("series.partOf", { position: series.position, total: series.total })}
          </p>
        )}
        <h1>{post.title}</h1>
        {post.standfirst && <p className="standfirst">{post.standfirst}</p>}
        <p className="article-byline"><BylineText bylines={post.bylines} t={t} /></p>
        <p className="meta">
          {t("article.published")}{" "}
          <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt, post.language)}</time>
          {post.contentUpdatedAt && post.contentUpdatedAt > post.publishedAt && (
            <>
              <span aria-hidden="true"> · </span>
              {t("article.updated")}{" "}
              <time dateTime={post.contentUpdatedAt.toISOString()}>{formatDate(post.contentUpdatedAt, post.language)}</time>
            </>
          )}
          <span aria-hidden="true"> · </span>
          {t("article.readingTime", { minutes: post.readingMinutes })}
        </p>
        <ShareLinks links={links} t={t} />
      </header>

      {post.hero && <HeroFigure hero={post.hero} t={t} />}
      <TableOfContents headings={post.headings} t={t} />

      {/* Only the sanitizing Markdown pipeline's output, rendered when the post was saved. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: post.html }} />

      {post.signOff && (
        <p className="sign-off">
          <BylineText bylines={post.bylines} t={t} />
        </p>
      )}
      {contacts.map((contact) => <ContactCard key={contact.slug} contact={contact} t={t} />)}
      {series && <SeriesBox series={series} t={t} />}

      {post.tags.length > 0 && (
        <nav className="tags" aria-label={t("article.tags")}>
          <ul>
            {post.tags.map((tag) => <li key={tag.slug}><Link href={`/tags/${tag.slug}`}>{tag.name}</Link></li>)}
          </ul>
        </nav>
      )}
      <ShareLinks links={links} t={t} />

      {related.length > 0 && (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">{t("related.title")}</h2>
          <PostList posts={related} empty="" headingLevel={3} />
        </section>
      )}

      <CommentsSection postId={post.id} path={`/articles/${post.slug}`} language={post.language} enabled={post.commentsEnabled} thread={thread} />
    </article>
  );
}

import Link from "next/link";
import { BylineText } from "@/components/article/byline-text";
import { ContactCard } from "@/components/article/contact-card";
import { EmbedFacades } from "@/components/article/embed-facades";
import { HeroFigure } from "@/components/article/hero-figure";
import { PostList } from "@/components/article/post-list";
import { SeriesBox, seriesPartLabel } from "@/components/article/series-box";
import { ShareLinks } from "@/components/article/share-links";
import { TableOfContents } from "@/components/article/table-of-contents";
import { formatDate, translator } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { ArticlePage } from "@/lib/posts/dto";
import { shareLinks } from "@/lib/posts/share";
import type { PublicSiteSettings } from "@/lib/settings/public";
import { articleUrl } from "@/lib/urls";

/**
 * An article as readers see it, shared by the public page and the previews
 * of unpublished posts. `children` close the article (comments, structured data).
 */
export function ArticleView({
  page,
  settings,
  siteUrl,
  ui,
  children,
}: {
  page: ArticlePage;
  /** The interface the page's links stay in; the article's own words are in its language. */
  ui: SiteInterface;
  settings: Pick<PublicSiteSettings, "socialHandle" | "hashtag">;
  siteUrl: string;
  children?: React.ReactNode;
}) {
  const { post, contacts, series, related } = page;
  const t = translator(post.language);
  const url = articleUrl(siteUrl, post.slug);
  const links = shareLinks({
    url,
    title: post.title,
    handle: settings.socialHandle,
    hashtag: settings.hashtag,
    writerHandles: post.writerHandles,
  });

  return (
    <article className="article" lang={post.language}>
      <header className="article-header">
        <p className="type-label">
          {t(`type.${post.type}`)}
          {post.section && (
            <>
              {" "}
              <span className="article-section">
                {t("article.in")}{" "}
                <Link href={inInterface(ui, `/sections/${post.section.slug}`)}>{post.section.name}</Link>
              </span>
              {post.otherSections.length > 0 && (
                <span className="article-section">
                  {" "}
                  {t("article.alsoIn")}{" "}
                  {post.otherSections.map((s, i) => (
                    <span key={s.slug}>
                      {i > 0 ? ", " : null}
                      <Link href={inInterface(ui, `/sections/${s.slug}`)}>{s.name}</Link>
                    </span>
                  ))}
                </span>
              )}
            </>
          )}
        </p>
        {series && (
          <p className="series-label">
            <Link href={inInterface(ui, `/series/${series.slug}`)}>{series.title}</Link>
            {" · "}
            {seriesPartLabel(series, t)}
          </p>
        )}
        <h1>{post.title}</h1>
        {post.standfirst && <p className="standfirst">{post.standfirst}</p>}
        <p className="article-byline">
          <BylineText bylines={post.bylines} t={t} ui={ui} />
        </p>
        <p className="meta">
          {t("article.published")}{" "}
          <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt, post.language)}</time>
          {post.contentUpdatedAt && post.contentUpdatedAt > post.publishedAt && (
            <>
              <span aria-hidden="true"> · </span>
              {t("article.updated")}{" "}
              <time dateTime={post.contentUpdatedAt.toISOString()}>
                {formatDate(post.contentUpdatedAt, post.language)}
              </time>
            </>
          )}
          <span aria-hidden="true"> · </span>
          {t("article.readingTime", { minutes: post.readingMinutes })}
        </p>
        <ShareLinks links={links} t={t} />
      </header>

      {post.hero && <HeroFigure hero={post.hero} t={t} />}
      <TableOfContents headings={post.headings} t={t} />

      {/* Only the sanitizing Markdown pipeline's output, rendered when the post was saved (its /media/ addresses
          pointed at S3_PUBLIC_URL, escaped, by lib/media/public-address.ts). */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: post.html }} />
      {/* The facades' script ships only with articles that embed a video or a post. */}
      {post.html.includes('<figure class="embed') && <EmbedFacades language={post.language} />}

      {post.signOff && (
        <p className="sign-off">
          <BylineText bylines={post.bylines} t={t} ui={ui} />
        </p>
      )}
      {post.publishedBy && <p className="published-by">{t("article.publishedBy", { name: post.publishedBy })}</p>}
      {contacts.map((contact) => (
        <ContactCard key={contact.slug} contact={contact} t={t} />
      ))}
      {series && <SeriesBox series={series} t={t} ui={ui} />}

      {post.tags.length > 0 && (
        <nav className="tags" aria-label={t("article.tags")}>
          <ul>
            {post.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={inInterface(ui, `/tags/${tag.slug}`)}>{tag.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ShareLinks links={links} t={t} />

      {related.length > 0 && (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">{t("related.title")}</h2>
          <PostList posts={related} ui={ui} empty="" headingLevel={3} />
        </section>
      )}
      {children}
    </article>
  );
}

import Link from "next/link";
import { BylineText } from "@/components/article/byline-text";
import { formatDate, translator } from "@/lib/i18n";
import type { SearchHit } from "@/lib/search/dto";
import { Snippet } from "./snippet";

/** One search result: type, linked title, snippet (or standfirst), byline, date, section. */
export function SearchResultCard({ hit }: { hit: SearchHit }) {
  const { post, snippet } = hit;
  // Labels in the article's own language, as on the listing cards.
  const t = translator(post.language);
  return (
    <article className="post-card search-result" lang={post.language}>
      <div className="post-card-text">
        <p className="type-label">{t(`type.${post.type}`)}</p>
        <h2 className="post-card-title"><Link href={`/articles/${post.slug}`}>{post.title}</Link></h2>
        {snippet.length > 0
          ? <Snippet segments={snippet} />
          : post.standfirst && <p className="post-card-standfirst">{post.standfirst}</p>}
        <p className="meta">
          <BylineText bylines={post.bylines} t={t} withRoles={false} />
          <span aria-hidden="true"> · </span>
          <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt, post.language)}</time>
          {post.section && (
            <>
              <span aria-hidden="true"> · </span>
              <Link href={`/sections/${post.section.slug}`} className="section-link">{post.section.name}</Link>
            </>
          )}
        </p>
      </div>
    </article>
  );
}

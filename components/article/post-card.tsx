import Link from "next/link";
import { commentCountHeading } from "@/lib/comments/wording";
import { formatDate, translator } from "@/lib/i18n";
import type { PublicPostSummary } from "@/lib/posts/dto";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import { BylineText } from "./byline-text";

/** One article in a listing: type, title, standfirst, byline, date, section. */
export function PostCard({
  post,
  ui,
  featured = false,
  headingLevel = 2,
  summary,
  className,
}: {
  post: PublicPostSummary;
  /** The interface the card's links stay in. */
  ui: SiteInterface;
  featured?: boolean;
  headingLevel?: 2 | 3;
  /** Replaces the standfirst, e.g. with a search snippet. */
  summary?: React.ReactNode;
  className?: string;
}) {
  const t = translator(post.language);
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      className={["post-card", featured && "post-card--featured", className].filter(Boolean).join(" ")}
      lang={post.language}
    >
      {featured && post.hero && (
        // eslint-disable-next-line @next/next/no-img-element -- local SVG/JPEG; responsive variants come with the media library
        <img className="post-card-image" src={post.hero.url} alt={post.hero.alt} width={1600} height={900} />
      )}
      <div className="post-card-text">
        <p className="type-label">{t(`type.${post.type}`)}</p>
        <Heading className="post-card-title">
          <Link href={inInterface(ui, `/articles/${post.slug}`)}>{post.title}</Link>
        </Heading>
        {summary ?? (post.standfirst && <p className="post-card-standfirst">{post.standfirst}</p>)}
        <p className="meta">
          <BylineText bylines={post.bylines} t={t} ui={ui} withRoles={false} />
          <span aria-hidden="true"> · </span>
          <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt, post.language)}</time>
          {post.section && (
            <>
              <span aria-hidden="true"> · </span>
              <Link href={inInterface(ui, `/sections/${post.section.slug}`)} className="section-link">
                {post.section.name}
              </Link>
            </>
          )}
          {post.commentCount ? (
            <>
              <span aria-hidden="true"> · </span>
              <Link href={inInterface(ui, `/articles/${post.slug}#comments`)} className="comment-count-link">
                {commentCountHeading(post.commentCount, t)}
              </Link>
            </>
          ) : null}
        </p>
      </div>
    </article>
  );
}

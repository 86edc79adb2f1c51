import Link from "next/link";
import type { PublicPostSummary } from "@/lib/posts/dto";
import { BylineText } from "./byline-text";

const TYPE_LABELS: Record<PublicPostSummary["type"], string> = {
  BLOG: "Blog", OPINION: "Opinion", NEWS: "News", FEATURE: "Feature",
};

export function PostCard({ post }: { post: PublicPostSummary }) {
  return (
    <article className="post-card" lang={post.language}>
      <p className="type-label">{TYPE_LABELS[post.type]}</p>
      <h2><Link href={`/articles/${post.slug}`}>{post.title}</Link></h2>
      {post.standfirst && <p className="standfirst">{post.standfirst}</p>}
      <p className="meta">
        <BylineText bylines={post.bylines} /> ·{" "}
        <time dateTime={post.publishedAt.toISOString()}>
          {post.publishedAt.toLocaleDateString(post.language, { dateStyle: "long" })}
        </time>
      </p>
    </article>
  );
}

export { TYPE_LABELS };

import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BylineText } from "@/components/article/byline-text";
import { TYPE_LABELS } from "@/components/article/post-card";
import { getPublishedPost } from "@/lib/posts/queries";

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const post = await getPublishedPost(slug);
  if (!post) notFound();
  return (
    <article className="article" lang={post.language}>
      <p className="type-label">{TYPE_LABELS[post.type]}</p>
      <h1>{post.title}</h1>
      {post.standfirst && <p className="standfirst">{post.standfirst}</p>}
      <p className="meta">
        <BylineText bylines={post.bylines} /> ·{" "}
        <time dateTime={post.publishedAt.toISOString()}>
          {post.publishedAt.toLocaleDateString(post.language, { dateStyle: "long" })}
        </time>
      </p>
      {/* The body is the sanitizing Markdown pipeline's output, rendered when the post was saved. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: post.html }} />
    </article>
  );
}

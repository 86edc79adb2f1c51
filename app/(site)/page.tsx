import { connection } from "next/server";
import { PostCard } from "@/components/article/post-card";
import { listPublishedPosts } from "@/lib/posts/queries";

export default async function HomePage() {
  await connection();
  const { posts } = await listPublishedPosts(1);
  return (
    <>
      <h1 className="page-title">Latest articles</h1>
      {posts.length === 0 ? (
        <p className="empty">No articles yet. Published pieces will appear here.</p>
      ) : (
        <div className="post-list">
          {posts.map((post) => <PostCard key={post.slug} post={post} />)}
        </div>
      )}
    </>
  );
}

import type { SiteInterface } from "@/lib/i18n/interface";
import type { PublicPostSummary } from "@/lib/posts/dto";
import { PostCard } from "./post-card";

export function PostList({
  posts,
  ui,
  empty,
  headingLevel = 2,
}: {
  posts: PublicPostSummary[];
  ui: SiteInterface;
  empty: string;
  headingLevel?: 2 | 3;
}) {
  if (posts.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="post-list">
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} ui={ui} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

import { PostCard } from "@/components/article/post-card";
import type { SearchHit } from "@/lib/search/dto";
import { Snippet } from "./snippet";

/** One search result: a listing card whose standfirst gives way to the matching snippet. */
export function SearchResultCard({ hit }: { hit: SearchHit }) {
  const { post, snippet } = hit;
  return (
    <PostCard
      post={post}
      className="search-result"
      summary={snippet.length > 0 ? <Snippet segments={snippet} /> : undefined}
    />
  );
}

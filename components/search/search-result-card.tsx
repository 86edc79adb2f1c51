import { PostCard } from "@/components/article/post-card";
import type { SiteInterface } from "@/lib/i18n/interface";
import type { SearchHit } from "@/lib/search/dto";
import { Snippet } from "./snippet";

/** One search result: a listing card whose standfirst gives way to the matching snippet. */
export function SearchResultCard({ hit, ui }: { hit: SearchHit; ui: SiteInterface }) {
  const { post, snippet } = hit;
  return (
    <PostCard
      post={post}
      ui={ui}
      className="search-result"
      summary={snippet.length > 0 ? <Snippet segments={snippet} /> : undefined}
    />
  );
}

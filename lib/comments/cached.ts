import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { getApprovedThread } from "./reader/data/thread";

// The approved thread under an article. Moderation and readers' own changes
// to approved comments invalidate comments(postId); the post's own tag covers
// it being unpublished.

export async function getApprovedThreadCached(postId: string, page: number) {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.comments(postId), cacheTags.post(postId));
  return getApprovedThread(postId, page);
}

import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { parseOrNull, publicIdSchema, publicPageSchema } from "../schemas";
import type { CommentThreadPage } from "./reader/dto";
import { getApprovedThread } from "./reader/data/thread";
import { onReplica } from "../replica-reads";

// The approved thread under an article. Moderation and readers' own changes
// to approved comments invalidate comments(postId); the post's own tag covers
// it being unpublished.

export async function getApprovedThreadCached(postId: string, page: number): Promise<CommentThreadPage> {
  "use cache";
  cacheLife("content");
  const id = parseOrNull(publicIdSchema, postId);
  const validPage = parseOrNull(publicPageSchema, page);
  if (id === null || validPage === null) {
    cacheTag(cacheTags.postsList);
    return { items: [], page: 1, hasNext: false, total: 0 };
  }
  cacheTag(cacheTags.comments(id), cacheTags.post(id));
  return onReplica(() => getApprovedThread(id, validPage));
}

import "server-only";
import { postSummarySelect, toPageSummary, toPostSummary } from "../../content-api/data/post-select";
import { env } from "../../env";
import { isPublished } from "../../posts/visibility";
import { articleUrl, pageUrl } from "../../urls";
import type { Tx } from "./emit";

// The `data` of each event: public DTOs only, the Content API's summaries
// (no body: receivers that want it read it through the API), never a draft,
// never an email address.

const urlOf = (kind: "ARTICLE" | "PAGE", slug: string) =>
  kind === "PAGE" ? pageUrl(env().SITE_URL, slug) : articleUrl(env().SITE_URL, slug);

/** post.published / post.updated: the post as the Content API lists it; null unless readers can see it. */
export async function publishedPostData(tx: Tx, postId: string): Promise<Record<string, unknown> | null> {
  const post = await tx.post.findUnique({
    where: { id: postId },
    select: { ...postSummarySelect, kind: true, status: true },
  });
  if (!post || !isPublished(post)) return null;
  // The mappers pick their fields one by one: the extra kind and status columns go no further.
  if (post.kind === "PAGE") return { post: { kind: "page", ...toPageSummary(post) } };
  return { post: { kind: "article", ...toPostSummary(post) } };
}

/** post.unpublished: which post left the site, nothing of its content. */
export function unpublishedPostData(post: { id: string; kind: "ARTICLE" | "PAGE"; slug: string }) {
  return {
    post: {
      id: post.id,
      kind: post.kind === "PAGE" ? "page" : "article",
      slug: post.slug,
      url: urlOf(post.kind, post.slug),
    },
  };
}

/** comment.approved: the comment as readers see it, and the post it is on; null when that post is not public. */
export async function approvedCommentData(tx: Tx, commentId: string): Promise<Record<string, unknown> | null> {
  const comment = await tx.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      parentId: true,
      html: true,
      createdAt: true,
      guestName: true,
      author: { select: { name: true } },
      post: { select: { id: true, kind: true, slug: true, title: true, status: true, publishedAt: true } },
    },
  });
  if (!comment || !isPublished(comment.post)) return null;
  const { post } = comment;
  return {
    comment: {
      id: comment.id,
      parentId: comment.parentId,
      authorName: comment.author?.name ?? comment.guestName ?? null,
      html: comment.html,
      createdAt: comment.createdAt.toISOString(),
      url: `${urlOf(post.kind, post.slug)}#comment-${comment.id}`,
    },
    post: {
      id: post.id,
      kind: post.kind === "PAGE" ? "page" : "article",
      slug: post.slug,
      title: post.title,
      url: urlOf(post.kind, post.slug),
    },
  };
}

import "server-only";
import type { Viewer } from "../../../auth/permissions";
import { db } from "../../../db";
import { NotFound } from "../../../errors";
import { publiclyVisible } from "../../../posts/visibility";
import { getSiteSettings } from "../../../settings/data/queries";
import { commentsOpen } from "../../closing";
import type { ReaderCommentState } from "../dto";
import { issueFormStamp } from "../../spam/form-stamp";

// The part of the comments section that depends on who is reading, asked for
// at runtime by the section's client island.

export async function getReaderCommentState(viewer: Viewer | null, postId: string): Promise<ReaderCommentState> {
  const [post, settings] = await Promise.all([
    db.post.findFirst({
      where: { id: postId, ...publiclyVisible() },
      select: { commentsEnabled: true, publishedAt: true },
    }),
    getSiteSettings(),
  ]);
  if (!post?.publishedAt) throw new NotFound("comments.error.notFound");
  const base = {
    open: commentsOpen(
      { commentsEnabled: post.commentsEnabled, publishedAt: post.publishedAt },
      settings.commentsCloseAfterDays,
    ),
    maxLength: settings.commentMaxLength,
    formStamp: issueFormStamp(postId),
  };
  if (!viewer)
    return {
      ...base,
      signedIn: false,
      name: null,
      needsName: false,
      banned: false,
      pending: [],
      ownApproved: [],
      reported: [],
    };

  const [own, reports] = await Promise.all([
    db.comment.findMany({
      where: { postId, authorId: viewer.id, status: { in: ["PENDING", "APPROVED"] }, removedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, parentId: true, body: true, html: true, createdAt: true, status: true },
    }),
    db.commentReport.findMany({ where: { reporterId: viewer.id, comment: { postId } }, select: { commentId: true } }),
  ]);
  return {
    ...base,
    signedIn: true,
    name: viewer.name,
    needsName: !viewer.name,
    banned: viewer.banned,
    pending: own
      .filter((c) => c.status === "PENDING")
      .map((c) => ({
        id: c.id,
        parentId: c.parentId,
        body: c.body,
        html: c.html,
        createdAt: c.createdAt.toISOString(),
      })),
    ownApproved: own.filter((c) => c.status === "APPROVED").map((c) => c.id),
    reported: reports.map((r) => r.commentId),
  };
}

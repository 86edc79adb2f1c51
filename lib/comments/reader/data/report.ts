import "server-only";
import { authorize, type Viewer } from "../../../auth/permissions";
import { db, Prisma } from "../../../db";
import { Conflict, Forbidden, NotFound } from "../../../errors";
import { publiclyVisible } from "../../../posts/visibility";
import type { CommentReportInput } from "../schema";

// A reader flags someone else's published comment for the moderators.

/** One report per reader per comment, on approved comments of visible posts only, never on one's own. */
export async function reportComment(viewer: Viewer, input: CommentReportInput): Promise<{ commentId: string }> {
  if (viewer.banned) throw new Forbidden("comments.error.banned");
  authorize(viewer, "comment:report");
  const comment = await db.comment.findFirst({
    where: { id: input.commentId, status: "APPROVED", removedAt: null, post: publiclyVisible() },
    select: { id: true, authorId: true },
  });
  if (!comment) throw new NotFound("comments.error.notFound");
  if (comment.authorId === viewer.id) throw new Forbidden("comments.error.reportOwn");
  try {
    await db.commentReport.create({
      data: { commentId: comment.id, reporterId: viewer.id, reason: input.reason, note: input.note },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new Conflict("comments.error.alreadyReported");
    }
    throw error;
  }
  return { commentId: comment.id };
}

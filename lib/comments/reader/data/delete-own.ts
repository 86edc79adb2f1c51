import "server-only";
import { authorize, type Viewer } from "../../../auth/permissions";
import type { Written } from "../../../cache-tags";
import { db } from "../../../db";
import { Forbidden, NotFound } from "../../../errors";
import { publicTags } from "./mutations";

// A reader takes back their own words. Other readers' replies are theirs, so
// they stay: a comment that has replies is emptied into a "comment removed"
// placeholder (no text, no name) that keeps the thread together; one without
// replies goes entirely, and so does a placeholder once its last reply is gone.

/** Deletes or empties the reader's own comment, in any state. */
export async function deleteOwnComment(viewer: Viewer, { id }: { id: string }): Promise<Written<{ id: string }>> {
  const existing = await db.comment.findUnique({
    where: { id },
    select: { authorId: true, status: true, postId: true, parentId: true, removedAt: true },
  });
  if (!existing || existing.removedAt) throw new NotFound("comments.error.notFound");
  if (existing.authorId !== viewer.id) throw new Forbidden("comments.error.notYours");
  authorize(viewer, "comment:delete-own", existing);

  await db.$transaction(async (tx) => {
    // Row locks, parent first: a reply and its parent being deleted at once agree on what is left.
    const locked = [existing.parentId, id].filter((v): v is string => v !== null);
    await tx.$queryRaw`SELECT "id" FROM "Comment" WHERE "id" = ANY(${locked}::text[]) ORDER BY "parentId" NULLS FIRST FOR UPDATE`;
    const replies = await tx.comment.count({ where: { parentId: id } });
    if (replies > 0) {
      const { count } = await tx.comment.updateMany({
        where: { id, authorId: viewer.id, removedAt: null },
        data: { body: "", html: "", removedAt: new Date() },
      });
      if (count === 0) throw new NotFound("comments.error.notFound");
      // Reports were about the words, which are gone.
      await tx.commentReport.deleteMany({ where: { commentId: id } });
      return;
    }
    const { count } = await tx.comment.deleteMany({ where: { id, authorId: viewer.id } });
    if (count === 0) throw new NotFound("comments.error.notFound");
    if (existing.parentId) {
      await tx.comment.deleteMany({
        where: { id: existing.parentId, removedAt: { not: null }, replies: { none: {} } },
      });
    }
  });
  return { result: { id }, tags: existing.status === "APPROVED" ? publicTags(existing.postId) : [] };
}

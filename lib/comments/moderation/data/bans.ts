import "server-only";
import { recordAudit } from "../../../audit/data/record";
import { authorize, type Viewer } from "../../../auth/permissions";
import { db } from "../../../db";
import { Conflict, Forbidden, NotFound } from "../../../errors";

// Banning a reader. A banned account keeps reading but cannot comment or
// report (the permission matrix reads User.bannedAt through the viewer).
// Their pending comments are rejected, each with an audit entry saying
// why, rather than hidden: unbanning then lifts the ban for the future
// without bringing back what was written before it.

const ONLY_READERS = "Only reader accounts can be banned from commenting. Staff accounts are managed under Users.";

async function loadReader(tx: Pick<typeof db, "user">, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, bannedAt: true } });
  if (!user) throw new NotFound("This reader no longer exists.");
  if (user.role !== "READER") throw new Forbidden(ONLY_READERS);
  return user;
}

/** Bans a reader and rejects their pending comments. */
export async function banReader(
  viewer: Viewer,
  { userId, reason }: { userId: string; reason: string },
): Promise<{ rejected: number }> {
  authorize(viewer, "comment:moderate");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const reader = await loadReader(tx, userId);
    if (reader.bannedAt) throw new Conflict("This reader is already banned.");
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { bannedAt: now } });
    const pending = await tx.comment.findMany({
      where: { authorId: userId, status: "PENDING" },
      select: { id: true, postId: true },
    });
    const ids = pending.map((comment) => comment.id);
    await tx.comment.updateMany({
      where: { id: { in: ids } },
      data: { status: "REJECTED", moderatedById: viewer.id, moderatedAt: now },
    });
    await tx.commentReport.updateMany({
      where: { commentId: { in: ids }, resolvedAt: null },
      data: { resolvedAt: now },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "reader.ban",
      subjectType: "user",
      subjectId: userId,
      data: { reason, rejectedCommentIds: ids },
    });
    for (const comment of pending) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "comment.reject",
        subjectType: "comment",
        subjectId: comment.id,
        data: { reason: "banned", postId: comment.postId, previousStatus: "PENDING" },
      });
    }
    return { rejected: ids.length };
  });
}

/** Lifts a ban; comments rejected because of it stay rejected. */
export async function unbanReader(viewer: Viewer, { userId }: { userId: string }): Promise<void> {
  authorize(viewer, "comment:moderate");
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const reader = await loadReader(tx, userId);
    if (!reader.bannedAt) throw new Conflict("This reader is not banned.");
    await tx.user.update({ where: { id: userId }, data: { bannedAt: null } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "reader.unban",
      subjectType: "user",
      subjectId: userId,
      data: { bannedAt: reader.bannedAt.toISOString() },
    });
  });
}

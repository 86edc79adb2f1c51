import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../audit/data/record";
import { authorize, type Viewer } from "../../../auth/permissions";
import { cacheTags, type Written } from "../../../cache-tags";
import { db, type Db, type Prisma } from "../../../db";
import { Conflict, NotFound } from "../../../errors";
import { renderForField } from "../../../markdown/pool";
import { emitWebhookEvent } from "../../../webhooks/data/emit";
import { approvedCommentData } from "../../../webhooks/data/event-data";
import type { DecisionOutcome, ModerationStatus, UndoOutcome } from "../dto";
import type { ModerationDecision } from "../schema";

// Moderators' decisions on comments. A decision on one comment or many is one
// transaction with one audit entry per comment; the entries of a batch share
// a batchId and keep each comment's previous state, which is what lets a
// moderator undo their own last batch.

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const STATUS_OF: Record<ModerationDecision, ModerationStatus> = {
  approve: "APPROVED",
  reject: "REJECTED",
  spam: "SPAM",
};
const DECISION_ACTIONS = { approve: "comment.approve", reject: "comment.reject", spam: "comment.spam" } as const;
const DECISION_OF_ACTION = new Map(
  Object.entries(DECISION_ACTIONS).map(([decision, action]) => [action as string, decision as ModerationDecision]),
);

/**
 * A moderator's entries that end the reach of undo: only the newest of these
 * can be undone, and only when it is a decision batch (a ban's rejections
 * are undone by unbanning, an undo is not undone again).
 */
const UNDO_HORIZON = [...Object.values(DECISION_ACTIONS), "comment.undo", "reader.ban", "reader.unban"];

/** What a decision entry stores to put a comment back as it was. */
interface DecisionRecord {
  batchId: string;
  postId: string;
  previousStatus: ModerationStatus;
  previousModeratedById: string | null;
  previousModeratedAt: string | null;
  /** Open reports this decision resolved; undo reopens them. */
  resolvedReportIds: string[];
}

/** Public threads and listing cards show approved comments only: a post's tags matter when a comment entered or left APPROVED. */
function publicTags(changes: { postId: string; from: ModerationStatus; to: ModerationStatus }[]): string[] {
  const posts = new Set(
    changes.filter(({ from, to }) => from !== to && (from === "APPROVED" || to === "APPROVED")).map((c) => c.postId),
  );
  return [...posts].flatMap((postId) => [cacheTags.comments(postId), cacheTags.post(postId)]);
}

/** Serializes one moderator's decisions and undos, so undo always sees their finished last batch. */
async function lockModerator(tx: Tx, moderatorId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`masthead:moderator:${moderatorId}`}))`;
}

/** Row locks, so two moderators acting on the same comment record true previous states. */
async function lockComments(tx: Tx, ids: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`;
}

/** Approves, rejects or marks as spam one comment or many, resolving their open reports. */
export async function decideComments(
  viewer: Viewer,
  { commentIds, decision }: { commentIds: string[]; decision: ModerationDecision },
): Promise<Written<DecisionOutcome>> {
  authorize(viewer, "comment:moderate");
  const status = STATUS_OF[decision];
  const batchId = randomUUID();
  return db.$transaction(async (tx) => {
    await lockModerator(tx, viewer.id);
    await lockComments(tx, commentIds);
    const comments = await tx.comment.findMany({
      where: { id: { in: commentIds } },
      select: {
        id: true,
        postId: true,
        status: true,
        moderatedById: true,
        moderatedAt: true,
        reports: { where: { resolvedAt: null }, select: { id: true } },
      },
    });
    if (comments.length !== commentIds.length)
      throw new NotFound("Some of these comments no longer exist. Reload the queue and try again.");
    const now = new Date();
    await tx.comment.updateMany({
      where: { id: { in: commentIds } },
      data: { status, moderatedById: viewer.id, moderatedAt: now },
    });
    await tx.commentReport.updateMany({
      where: { commentId: { in: commentIds }, resolvedAt: null },
      data: { resolvedAt: now },
    });
    for (const comment of comments) {
      const record: DecisionRecord = {
        batchId,
        postId: comment.postId,
        previousStatus: comment.status,
        previousModeratedById: comment.moderatedById,
        previousModeratedAt: comment.moderatedAt?.toISOString() ?? null,
        resolvedReportIds: comment.reports.map((report) => report.id),
      };
      await recordAudit(tx, {
        actorId: viewer.id,
        action: DECISION_ACTIONS[decision],
        subjectType: "comment",
        subjectId: comment.id,
        data: { ...record },
      });
      if (status === "APPROVED" && comment.status !== "APPROVED") {
        await emitWebhookEvent(tx, "comment.approved", () => approvedCommentData(tx, comment.id));
      }
    }
    return {
      result: { decision, count: comments.length },
      tags: publicTags(comments.map((c) => ({ postId: c.postId, from: c.status, to: status }))),
    };
  });
}

function decisionRecordOf(data: Prisma.JsonValue): DecisionRecord | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  return typeof data.batchId === "string" ? (data as unknown as DecisionRecord) : null;
}

const NOTHING_TO_UNDO =
  "There is nothing to undo: your last moderation action was already undone, or was not an approve, reject or spam decision.";

/**
 * Puts the comments of the viewer's own last decision batch back as they
 * were (status, moderator, open reports). Comments someone changed since are
 * left alone and counted as skipped.
 */
export async function undoLastDecision(viewer: Viewer): Promise<Written<UndoOutcome>> {
  authorize(viewer, "comment:moderate");
  return db.$transaction(async (tx) => {
    await lockModerator(tx, viewer.id);
    const last = await tx.auditLog.findFirst({
      where: { actorId: viewer.id, action: { in: UNDO_HORIZON } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { action: true, data: true },
    });
    const decision = last ? DECISION_OF_ACTION.get(last.action) : undefined;
    const batchId = last ? decisionRecordOf(last.data)?.batchId : undefined;
    if (!decision || !batchId) throw new Conflict(NOTHING_TO_UNDO);
    const entries = await tx.auditLog.findMany({
      where: { actorId: viewer.id, action: last!.action, data: { path: ["batchId"], equals: batchId } },
      select: { subjectId: true, data: true },
    });
    const records = new Map(entries.map((entry) => [entry.subjectId!, decisionRecordOf(entry.data)!]));
    const ids = [...records.keys()];
    await lockComments(tx, ids);
    const current = await tx.comment.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, moderatedById: true },
    });
    const untouched = current.filter((c) => c.status === STATUS_OF[decision] && c.moderatedById === viewer.id);
    if (untouched.length === 0)
      throw new Conflict("These comments were changed by someone else since; nothing was undone.");
    for (const comment of untouched) {
      const record = records.get(comment.id)!;
      await tx.comment.update({
        where: { id: comment.id },
        data: {
          status: record.previousStatus,
          moderatedById: record.previousModeratedById,
          moderatedAt: record.previousModeratedAt ? new Date(record.previousModeratedAt) : null,
        },
      });
      if (record.resolvedReportIds.length > 0) {
        await tx.commentReport.updateMany({
          where: { id: { in: record.resolvedReportIds } },
          data: { resolvedAt: null },
        });
      }
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "comment.undo",
        subjectType: "comment",
        subjectId: comment.id,
        data: { batchId, undid: DECISION_ACTIONS[decision], restoredStatus: record.previousStatus },
      });
    }
    return {
      result: { decision, restored: untouched.length, skipped: ids.length - untouched.length },
      tags: publicTags(
        untouched.map((c) => ({
          postId: records.get(c.id)!.postId,
          from: STATUS_OF[decision],
          to: records.get(c.id)!.previousStatus,
        })),
      ),
    };
  });
}

/** Replaces a comment's text, re-rendered through the comment pipeline; the audit entry keeps both versions. */
export async function editComment(
  viewer: Viewer,
  { commentId, body }: { commentId: string; body: string },
): Promise<Written<{ id: string; html: string }>> {
  authorize(viewer, "comment:moderate");
  const { html } = await renderForField("body", body, "comment");
  return db.$transaction(async (tx) => {
    await lockComments(tx, [commentId]);
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { body: true, html: true, postId: true, status: true },
    });
    if (!comment) throw new NotFound("This comment no longer exists.");
    if (comment.body === body) return { result: { id: commentId, html: comment.html }, tags: [] };
    await tx.comment.update({ where: { id: commentId }, data: { body, html, editedAt: new Date() } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "comment.edit",
      subjectType: "comment",
      subjectId: commentId,
      data: { postId: comment.postId, before: comment.body, after: body },
    });
    return {
      result: { id: commentId, html },
      tags: comment.status === "APPROVED" ? [cacheTags.comments(comment.postId), cacheTags.post(comment.postId)] : [],
    };
  });
}

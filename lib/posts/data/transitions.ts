import "server-only";
import { type AuditAction, actorOf, recordAudit } from "../../audit/data/record";
import type { Viewer } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import { Conflict, DomainError, ValidationError } from "../../errors";
import { accessibilityFlagsToRecord } from "./accessibility-record";
import { requireReadable, type LoadedSubject, type Tx } from "./access";
import type { EditablePost } from "../dto";
import { getEditablePost } from "./editable";
import { freezeBylines } from "./post-references";
import { missingForPublish } from "../publish-requirements";
import { notifyEditorsOfReview } from "./review-mail";
import { notifyWriters } from "./writer-mail";
import type { Written } from "../../cache-tags";
import { tagsTouchedByPost } from "./touched-tags";
import { assertTransition, type PostStatus, type Transition } from "../workflow";
import { emitWebhookEvent } from "../../webhooks/data/emit";
import { publishedPostData, unpublishedPostData } from "../../webhooks/data/event-data";

// Status changes. Each one goes through the workflow (allowed from here? by
// this viewer?), is written with the status and version it was decided on
// in the WHERE clause, is audited in the same transaction, and reports the
// public cache tags to drop when readers gain or lose the post.

export interface TransitionResult {
  version: number;
  status: PostStatus;
}

interface Move {
  transition: Transition;
  /** The version the writer is looking at; a newer stored one is a conflict. */
  version?: number;
  check?: (subject: LoadedSubject) => Promise<void>;
  data?: (subject: LoadedSubject) => Prisma.PostUpdateManyMutationInput;
  afterUpdate?: (tx: Tx, subject: LoadedSubject) => Promise<void>;
  audit: { action: AuditAction; data?: Prisma.InputJsonObject };
  /** More for the audit entry, worked out once the move is allowed. */
  alsoRecord?: () => Promise<Prisma.InputJsonObject>;
}

async function move(
  viewer: Viewer,
  postId: string,
  request: Move,
): Promise<Written<TransitionResult> & { subject: LoadedSubject }> {
  const subject = await requireReadable(viewer, postId);
  if (request.version !== undefined && request.version !== subject.version) return refuseStale(viewer, postId);
  const to = assertTransition(viewer, request.transition, subject);
  await request.check?.(subject);
  const recorded = { ...request.audit.data, ...(await request.alsoRecord?.()) };

  const readersAffected = subject.status === "PUBLISHED" || to === "PUBLISHED";
  const tagsBefore = readersAffected ? await tagsTouchedByPost(postId) : [];
  const moved = await db.$transaction(async (tx) => {
    const { count } = await tx.post.updateMany({
      where: { id: postId, version: subject.version, status: subject.status },
      data: { ...request.data?.(subject), status: to, version: { increment: 1 } },
    });
    if (count === 0) return null;
    await request.afterUpdate?.(tx, subject);
    // Webhooks hear of readers gaining or losing the post, in the same transaction as the change.
    if (to === "PUBLISHED" && subject.status !== "PUBLISHED") {
      await emitWebhookEvent(tx, "post.published", () => publishedPostData(tx, postId));
    } else if (subject.status === "PUBLISHED" && to !== "PUBLISHED") {
      await emitWebhookEvent(tx, "post.unpublished", async () => unpublishedPostData(subject));
    }
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: request.audit.action,
      subjectType: "post",
      subjectId: postId,
      data: { from: subject.status, to, ...recorded },
    });
    return tx.post.findUniqueOrThrow({ where: { id: postId }, select: { version: true, status: true } });
  });
  if (!moved) return refuseStale(viewer, postId);
  return {
    result: moved,
    tags: readersAffected ? [...tagsBefore, ...(await tagsTouchedByPost(postId))] : [],
    subject,
  };
}

export async function refuseStale(viewer: Viewer, postId: string): Promise<never> {
  throw new Conflict<EditablePost | null>(
    "This post changed after you opened it. Look at the current version and try again.",
    await getEditablePost(viewer, postId),
  );
}

/** Refuses, listing every field, a post readers should not see yet. */
async function requireComplete(subject: LoadedSubject): Promise<void> {
  const post = await db.post.findUniqueOrThrow({
    where: { id: subject.id },
    select: {
      kind: true,
      title: true,
      body: true,
      heroImageUrl: true,
      heroAlt: true,
      pageTemplate: true,
      pageContactId: true,
      _count: { select: { bylines: true } },
    },
  });
  const missing = missingForPublish({
    kind: post.kind,
    missingContact: post.kind === "PAGE" && post.pageTemplate === "CONTACT" && post.pageContactId === null,
    title: post.title,
    body: post.body,
    bylineCount: post._count.bylines,
    heroAlt: post.heroImageUrl === null ? null : (post.heroAlt ?? ""),
  });
  if (missing.length === 0) return;
  const fieldErrors: Record<string, string[]> = { _form: missing.map((m) => m.message) };
  for (const m of missing) (fieldErrors[m.field] ??= []).push(m.message);
  throw new ValidationError(
    `This post is not ready to publish: ${missing.map((m) => m.message).join(" ")}`,
    fieldErrors,
  );
}

const recordAccessibilityFlags = (postId: string) => async () => ({
  accessibilityFlags: await accessibilityFlagsToRecord(postId),
});

const result = (moved: Written<TransitionResult>): Written<TransitionResult> => ({
  result: moved.result,
  tags: moved.tags,
});

export async function submitForReview(
  viewer: Viewer,
  input: { postId: string; version: number },
): Promise<Written<TransitionResult>> {
  const moved = await move(viewer, input.postId, {
    transition: "submit",
    version: input.version,
    data: () => ({ reviewNote: null }),
    audit: { action: "post.submit" },
  });
  await notifyEditorsOfReview({ id: input.postId, title: moved.subject.title }, viewer);
  return result(moved);
}

/** Back to the writer from review (with the editor's note), or out of the schedule. */
export async function returnToDraft(
  viewer: Viewer,
  input: { postId: string; note: string },
): Promise<Written<TransitionResult>> {
  const subject = await requireReadable(viewer, input.postId);
  const transition = subject.status === "SCHEDULED" ? "unschedule" : "return";
  const moved = await move(viewer, input.postId, {
    transition,
    data: () => ({
      reviewNote: input.note || null,
      ...(transition === "unschedule" ? { scheduledAt: null, scheduledById: null } : {}),
    }),
    audit: { action: "post.return", data: { note: input.note } },
  });
  const kind = transition === "unschedule" ? "unscheduled" : "returned";
  await notifyWriters({ postId: input.postId, news: { kind, note: input.note }, by: viewer });
  return result(moved);
}

export async function publishPost(
  viewer: Viewer,
  input: { postId: string; version: number },
): Promise<Written<TransitionResult>> {
  const now = new Date();
  const moved = await move(viewer, input.postId, {
    transition: "publish",
    version: input.version,
    check: requireComplete,
    // Re-publishing keeps the first publication date and who published it first.
    data: (subject) => ({
      ...(subject.publishedAt === null ? { publishedAt: now, publishedById: viewer.id } : {}),
      scheduledAt: null,
      scheduledById: null,
      reviewNote: null,
    }),
    afterUpdate: async (tx, subject) => {
      if (subject.publishedAt === null) await freezeBylines(tx, subject.id);
    },
    audit: { action: "post.publish" },
    alsoRecord: recordAccessibilityFlags(input.postId),
  });
  await notifyWriters({ postId: input.postId, news: { kind: "published" }, by: viewer });
  return result(moved);
}

export async function schedulePost(
  viewer: Viewer,
  input: { postId: string; version: number; scheduledAt: Date },
): Promise<Written<TransitionResult>> {
  const moved = await move(viewer, input.postId, {
    transition: "schedule",
    version: input.version,
    check: async (subject) => {
      if (input.scheduledAt.getTime() <= Date.now()) {
        throw new ValidationError("Choose a time in the future.", { scheduledAt: ["Choose a time in the future."] });
      }
      await requireComplete(subject);
    },
    // The scheduler acts for the editor who scheduled, and credits them when it publishes.
    data: () => ({ scheduledAt: input.scheduledAt, scheduledById: viewer.id, reviewNote: null }),
    audit: { action: "post.schedule", data: { scheduledAt: input.scheduledAt.toISOString() } },
    alsoRecord: recordAccessibilityFlags(input.postId),
  });
  await notifyWriters({ postId: input.postId, news: { kind: "scheduled", at: input.scheduledAt }, by: viewer });
  return result(moved);
}

const revokePreviews = () => ({ previewNonce: { increment: 1 } });

/** Takes a published post off the site: back to draft, or into the archive. */
export async function unpublishPost(
  viewer: Viewer,
  input: { postId: string; archive?: boolean },
): Promise<Written<TransitionResult>> {
  return result(
    await move(
      viewer,
      input.postId,
      // Preview links shared before publication stop working with the post off the site.
      input.archive
        ? { transition: "archive", data: revokePreviews, audit: { action: "post.archive" } }
        : { transition: "unpublish", data: revokePreviews, audit: { action: "post.unpublish" } },
    ),
  );
}

/** Out of the archive, back to draft. */
export async function restorePost(viewer: Viewer, input: { postId: string }): Promise<Written<TransitionResult>> {
  return result(await move(viewer, input.postId, { transition: "restore", audit: { action: "post.return" } }));
}

/** Archives each published post the viewer may archive; the others are counted, not reported one by one. */
export async function bulkArchive(
  viewer: Viewer,
  postIds: readonly string[],
): Promise<Written<{ archived: number; refused: number }>> {
  const ids = [...new Set(postIds)];
  let archived = 0;
  const tags: string[] = [];
  for (const postId of ids) {
    try {
      const written = await unpublishPost(viewer, { postId, archive: true });
      archived++;
      tags.push(...written.tags);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return { result: { archived, refused: ids.length - archived }, tags };
}

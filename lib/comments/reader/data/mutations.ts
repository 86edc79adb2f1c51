import "server-only";
import { recordAudit } from "../../../audit/data/record";
import { authorize, type Viewer } from "../../../auth/permissions";
import { cacheTags, type Written } from "../../../cache-tags";
import { db, type Db } from "../../../db";
import { Forbidden, NotFound, RateLimited, ValidationError } from "../../../errors";
import { renderComment } from "../../render";
import { publiclyVisible } from "../../../posts/visibility";
import { getSiteSettings } from "../../../settings/data/queries";
import type { SiteSettings } from "../../../settings/schema";
import { commentsOpen } from "../../closing";
import type { OwnPendingComment } from "../dto";
import { enforceCommentEditLimit, enforceCommentRateLimits } from "../../spam/data/rate-limit";
import { commentBodySchema, type CommentCreateInput, type CommentEditInput, type DisplayNameInput } from "../schema";
import { checkForSpam, type SpamVerdict } from "../../spam";
import { checkFormStamp, formStampSecret } from "../../spam/form-stamp";
import { HONEYPOT_FIELD, HONEYPOT_REASON, honeypotTripped } from "../../spam/honeypot";
import { isTrustedCommenter } from "../../trusted-commenter";

// What readers do with their own words: post, edit while pending, choose the
// name they appear under (deleting is delete-own.ts, reporting report.ts). Error messages are i18n keys (lib/comments/wording.ts).
// Each write returns the cache tags it touched: only approved comments are public.

/** Where a request came from: the reader's network address key, when the site can know it (lib/http/client-address.ts). */
export interface RequestOrigin {
  address: string | null;
}

const UNKNOWN_ORIGIN: RequestOrigin = { address: null };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const publicTags = (postId: string) => [cacheTags.comments(postId), cacheTags.post(postId)];

function parseBody(body: string, { commentMaxLength }: SiteSettings): string {
  const parsed = commentBodySchema(commentMaxLength).safeParse(body);
  if (!parsed.success)
    throw new ValidationError("comments.error.fields", { body: parsed.error.issues.map((i) => i.message) });
  return parsed.data;
}

/** A form posted sooner after it was shown than a person could have typed it, or with no genuine stamp, is refused. */
function requireGenuineForm(stamp: string | undefined, postId: string, settings: SiteSettings): void {
  const check = checkFormStamp(stamp, {
    postId,
    secret: formStampSecret(),
    minSeconds: settings.commentMinSecondsToPost,
  });
  if (check === "too-quick") throw new RateLimited("comments.error.tooQuick");
  if (check === "invalid") throw new ValidationError("comments.error.staleForm");
}

/** Why a comment goes straight to Spam, kept in the audit log for the moderators' Spam queue. */
async function recordAutoSpam(tx: Tx, commentId: string, postId: string, verdict: SpamVerdict): Promise<void> {
  await recordAudit(tx, {
    actorId: null,
    action: "comment.auto-spam",
    subjectType: "comment",
    subjectId: commentId,
    data: { postId, reasons: verdict.reasons.join("; ") },
  });
}

async function isTrusted(authorId: string, threshold: number | null): Promise<boolean> {
  if (threshold === null) return false;
  const groups = await db.comment.groupBy({ by: ["status"], where: { authorId }, _count: { _all: true } });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return isTrustedCommenter(
    { approved: count("APPROVED"), rejected: count("REJECTED"), spam: count("SPAM") },
    threshold,
  );
}

const toOwnPending = (row: {
  id: string;
  parentId: string | null;
  body: string;
  html: string;
  createdAt: Date;
}): OwnPendingComment => ({
  id: row.id,
  parentId: row.parentId,
  body: row.body,
  html: row.html,
  createdAt: row.createdAt.toISOString(),
});

export type CreatedComment =
  { status: "PENDING"; comment: OwnPendingComment } | { status: "APPROVED"; comment: { id: string } };

/** What createComment answers; `alertModerators` asks the caller to tell moderators about a comment that waits for them. */
type CreateOutcome = Written<CreatedComment> & { alertModerators?: boolean };

/**
 * A new comment, or a reply to an approved top-level comment of the same
 * post (threads are one level deep). Pending unless the reader is trusted;
 * Spam when the honeypot is filled or a spam check says so, whoever wrote it.
 */
export async function createComment(
  viewer: Viewer,
  input: CommentCreateInput,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
): Promise<CreateOutcome> {
  if (viewer.banned) throw new Forbidden("comments.error.banned");
  authorize(viewer, "comment:create");
  if (!viewer.name) throw new Forbidden("comments.error.needsName");
  // Independent reads go out together: under load every await waits its turn
  // behind the page reads the server is busy with, so fewer awaits answer sooner.
  const [settings, post, parent] = await Promise.all([
    getSiteSettings(),
    db.post.findFirst({
      where: { id: input.postId, ...publiclyVisible() },
      select: { id: true, commentsEnabled: true, publishedAt: true },
    }),
    input.parentId
      ? db.comment.findFirst({
          where: { id: input.parentId, postId: input.postId, status: "APPROVED", parentId: null, removedAt: null },
          select: { id: true },
        })
      : null,
  ]);
  const body = parseBody(input.body, settings);
  if (!post?.publishedAt) throw new NotFound("comments.error.notFound");
  if (
    !commentsOpen(
      { commentsEnabled: post.commentsEnabled, publishedAt: post.publishedAt },
      settings.commentsCloseAfterDays,
    )
  ) {
    throw new Forbidden("comments.error.closed");
  }
  if (input.parentId && !parent)
    throw new ValidationError("comments.error.parent", { parentId: ["comments.error.parent"] });
  requireGenuineForm(input.formStamp, post.id, settings);
  // Before rendering: a reader over the limit must not cost the server a render.
  await enforceCommentRateLimits(viewer.id, origin.address, settings);

  const rendered = await renderComment(body);
  const [verdict, trusted] = await Promise.all([
    honeypotTripped(input[HONEYPOT_FIELD])
      ? Promise.resolve<SpamVerdict>({ verdict: "spam", reasons: [HONEYPOT_REASON] })
      : checkForSpam(
          {
            body,
            text: rendered.text,
            html: rendered.html,
            authorId: viewer.id,
            postId: post.id,
            commentId: null,
            ip: origin.address,
          },
          settings,
        ),
    isTrusted(viewer.id, settings.trustedCommenterThreshold),
  ]);
  const status: "SPAM" | "APPROVED" | "PENDING" =
    verdict.verdict === "spam" ? "SPAM" : trusted ? "APPROVED" : "PENDING";

  const data = {
    postId: post.id,
    authorId: viewer.id,
    parentId: input.parentId ?? null,
    body,
    html: rendered.html,
    status,
  };
  const select = { id: true, parentId: true, body: true, html: true, createdAt: true } as const;
  // A single insert is atomic on its own; spam also writes its reasons to the audit log, together.
  const row =
    status === "SPAM"
      ? await db.$transaction(async (tx) => {
          const created = await tx.comment.create({ data, select });
          await recordAutoSpam(tx, created.id, post.id, verdict);
          return created;
        })
      : await db.comment.create({ data, select });
  if (status === "APPROVED")
    return { result: { status: "APPROVED", comment: { id: row.id } }, tags: publicTags(post.id) };
  // Spam is answered like any comment awaiting moderation: whoever sent it learns nothing.
  return { result: { status: "PENDING", comment: toOwnPending(row) }, tags: [], alertModerators: status === "PENDING" };
}

/** The reader's own comment, while it still waits for moderation; the new text goes through the spam checks again. */
export async function editOwnComment(
  viewer: Viewer,
  input: CommentEditInput,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
): Promise<Written<{ comment: OwnPendingComment }>> {
  const existing = await db.comment.findUnique({
    where: { id: input.id },
    select: { authorId: true, status: true, postId: true },
  });
  if (!existing) throw new NotFound("comments.error.notFound");
  if (existing.authorId !== viewer.id) throw new Forbidden("comments.error.notYours");
  if (existing.status !== "PENDING") throw new Forbidden("comments.error.notEditable");
  authorize(viewer, "comment:edit-own", existing);
  const settings = await getSiteSettings();
  const body = parseBody(input.body, settings);
  await enforceCommentEditLimit(viewer.id);
  const rendered = await renderComment(body);
  const verdict = await checkForSpam(
    {
      body,
      text: rendered.text,
      html: rendered.html,
      authorId: viewer.id,
      postId: existing.postId,
      commentId: input.id,
      ip: origin.address,
    },
    settings,
  );
  const spam = verdict.verdict === "spam";

  // Scoped to the author and PENDING in the write itself: an approval landing in between wins.
  const row = await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: input.id, authorId: viewer.id, status: "PENDING" },
      data: { body, html: rendered.html, editedAt: new Date(), ...(spam ? { status: "SPAM" as const } : {}) },
    });
    if (count === 0) throw new Forbidden("comments.error.notEditable");
    if (spam) await recordAutoSpam(tx, input.id, existing.postId, verdict);
    return tx.comment.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, parentId: true, body: true, html: true, createdAt: true },
    });
  });
  return { result: { comment: toOwnPending(row) }, tags: [] };
}

/** A reader's public name under their comments. Staff names are managed in the admin. */
export async function setDisplayName(viewer: Viewer, { name }: DisplayNameInput): Promise<Written<{ name: string }>> {
  if (viewer.role !== "READER") throw new Forbidden("welcome.error.staff");
  await db.user.update({ where: { id: viewer.id }, data: { name } });
  // A changed name shows under every approved comment the reader has written.
  const shown = await db.comment.findMany({
    where: { authorId: viewer.id, status: "APPROVED" },
    distinct: ["postId"],
    select: { postId: true },
  });
  return { result: { name }, tags: shown.flatMap((c) => publicTags(c.postId)) };
}

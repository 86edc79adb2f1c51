import { z } from "zod";
import { MARKDOWN_MAX_LENGTH } from "../../markdown";

// Inputs of the moderation queue: which queue and page to show, and what a
// moderator may submit (decisions, undo, edits, bans, alert preference).

export const MODERATION_QUEUES = ["pending", "reported", "spam", "approved", "rejected"] as const;
export type ModerationQueue = (typeof MODERATION_QUEUES)[number];

export const MODERATION_DECISIONS = ["approve", "reject", "spam"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Most comments one bulk decision may touch: a full queue page and then some. */
export const MAX_BATCH = 100;

const id = z.string().trim().min(1).max(64);

/** Keyset cursor: the createdAt and id of the last item shown, "<ISO time>~<id>". */
export const queueCursorSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z~[\w-]{1,64}$/, "is not a queue position")
  .transform((value) => {
    const [at, commentId] = value.split("~") as [string, string];
    return { createdAt: new Date(at), id: commentId };
  })
  .refine((cursor) => !Number.isNaN(cursor.createdAt.getTime()), "is not a queue position");

export type QueueCursor = z.output<typeof queueCursorSchema>;

export const encodeQueueCursor = (cursor: { createdAt: Date; id: string }): string =>
  `${cursor.createdAt.toISOString()}~${cursor.id}`;

/** The page's search params; anything unreadable falls back to the first page of the pending queue. */
export const queuePageParamsSchema = z.object({
  queue: z.enum(MODERATION_QUEUES).catch("pending"),
  after: queueCursorSchema.optional().catch(undefined),
});

export const decideCommentsSchema = z.object({
  commentIds: z
    .array(id)
    .min(1, "Select at least one comment.")
    .max(MAX_BATCH, `Act on at most ${MAX_BATCH} comments at once.`)
    .transform((ids) => [...new Set(ids)]),
  decision: z.enum(MODERATION_DECISIONS),
});
export type DecideCommentsInput = z.input<typeof decideCommentsSchema>;

export const undoLastDecisionSchema = z.object({});

export const editCommentSchema = z.object({
  commentId: id,
  body: z
    .string()
    .trim()
    .min(1, "A comment cannot be empty.")
    .max(
      MARKDOWN_MAX_LENGTH.comment,
      `Keep the comment under ${MARKDOWN_MAX_LENGTH.comment.toLocaleString("en-GB")} characters.`,
    ),
});
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const banReaderSchema = z.object({
  userId: id,
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").default(""),
});

export const unbanReaderSchema = z.object({ userId: id });

export const COMMENT_ALERTS = ["OFF", "IMMEDIATE", "DAILY_DIGEST"] as const;
export type CommentAlertsPreference = (typeof COMMENT_ALERTS)[number];

export const commentAlertsSchema = z.object({
  commentAlerts: z.enum(COMMENT_ALERTS, "Choose how you want to hear about new comments."),
});

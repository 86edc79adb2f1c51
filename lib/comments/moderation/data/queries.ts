import "server-only";
import { authorize, type Viewer } from "../../../auth/permissions";
import { db, type Prisma } from "../../../db";
import { getSiteSettings } from "../../../settings/data/queries";
import type { AuthorHistory, ModerationItem, ModerationQueuePage, ModerationStatus, QueueCounts } from "../dto";
import { encodeQueueCursor, type ModerationQueue, type QueueCursor } from "../schema";
import { isTrustedCommenter } from "../../trusted-commenter";

// The moderation queues. Status queues page through the (status, createdAt)
// index by keyset, never by offset, so a deep page costs what the first does.

export const QUEUE_PAGE_SIZE = 20;

const STATUS_OF_QUEUE: Record<Exclude<ModerationQueue, "reported">, ModerationStatus> = {
  pending: "PENDING",
  spam: "SPAM",
  approved: "APPROVED",
  rejected: "REJECTED",
};

/** Work queues are served oldest first (first come, first moderated); archives newest first. */
const OLDEST_FIRST: ReadonlySet<ModerationQueue> = new Set(["pending", "reported"]);

const openReports = { some: { resolvedAt: null } } satisfies Prisma.CommentReportListRelationFilter;

/** A comment its author removed has no words left to moderate; it stays only as its replies' placeholder. */
const notRemoved = { removedAt: null } satisfies Prisma.CommentWhereInput;

function queueWhere(queue: ModerationQueue): Prisma.CommentWhereInput {
  return queue === "reported"
    ? { reports: openReports, ...notRemoved }
    : { status: STATUS_OF_QUEUE[queue], ...notRemoved };
}

function afterCursor(cursor: QueueCursor, ascending: boolean): Prisma.CommentWhereInput {
  const beyond = ascending ? { gt: cursor.createdAt } : { lt: cursor.createdAt };
  return {
    OR: [{ createdAt: beyond }, { createdAt: cursor.createdAt, id: ascending ? { gt: cursor.id } : { lt: cursor.id } }],
  };
}

const itemSelect = {
  id: true,
  status: true,
  body: true,
  html: true,
  createdAt: true,
  editedAt: true,
  moderatedAt: true,
  moderatedBy: { select: { name: true, email: true } },
  author: { select: { id: true, name: true, email: true, bannedAt: true } },
  guestName: true,
  guestEmail: true,
  post: { select: { id: true, title: true, slug: true, status: true } },
  parent: {
    select: { id: true, body: true, guestName: true, author: { select: { name: true, email: true } } },
  },
  reports: {
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    select: { reason: true, note: true, createdAt: true },
  },
} satisfies Prisma.CommentSelect;

type ItemRow = Prisma.CommentGetPayload<{ select: typeof itemSelect }>;

const displayName = (user: { name: string | null; email: string }) => user.name?.trim() || user.email.split("@")[0]!;

/** An imported comment's writer has no account: the name they gave, or a stand-in when they gave none. */
const writerName = (comment: { guestName: string | null; author: { name: string | null; email: string } | null }) =>
  comment.author ? displayName(comment.author) : comment.guestName?.trim() || "Anonymous";

const EXCERPT_LENGTH = 160;

function excerpt(markdown: string): string {
  const flat = markdown.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

const emptyHistory = (): AuthorHistory => ({ approved: 0, rejected: 0, spam: 0, pending: 0 });

/** Every listed author's comments by status, in one grouped query. */
async function historiesOf(authorIds: string[]): Promise<Map<string, AuthorHistory>> {
  const histories = new Map(authorIds.map((authorId) => [authorId, emptyHistory()]));
  if (authorIds.length === 0) return histories;
  const groups = await db.comment.groupBy({
    by: ["authorId", "status"],
    where: { authorId: { in: authorIds } },
    _count: { _all: true },
  });
  for (const group of groups) {
    const history = histories.get(group.authorId!)!;
    history[group.status.toLowerCase() as keyof AuthorHistory] = group._count._all;
  }
  return histories;
}

/**
 * The spam checks' reasons for the page's spam comments: the newest
 * "comment.auto-spam" audit entry of each (found by the subject index),
 * unless a moderator decided on the comment after it.
 */
async function autoSpamReasonsOf(rows: ItemRow[]): Promise<Map<string, string>> {
  const spam = new Map(rows.filter((row) => row.status === "SPAM").map((row) => [row.id, row.moderatedAt]));
  if (spam.size === 0) return new Map();
  const entries = await db.auditLog.findMany({
    where: { subjectType: "comment", subjectId: { in: [...spam.keys()] }, action: "comment.auto-spam" },
    orderBy: { createdAt: "asc" },
    select: { subjectId: true, data: true, createdAt: true },
  });
  const reasons = new Map<string, string>();
  for (const entry of entries) {
    const data = entry.data as { reasons?: unknown } | null;
    const moderatedAt = spam.get(entry.subjectId ?? "");
    if (!entry.subjectId || typeof data?.reasons !== "string") continue;
    if (moderatedAt && moderatedAt > entry.createdAt) reasons.delete(entry.subjectId);
    else reasons.set(entry.subjectId, data.reasons);
  }
  return reasons;
}

function toItem(
  row: ItemRow,
  history: AuthorHistory,
  threshold: number | null,
  autoSpamReasons: string | null,
): ModerationItem {
  return {
    id: row.id,
    status: row.status,
    body: row.body,
    html: row.html,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    moderated: row.moderatedAt
      ? { by: row.moderatedBy ? displayName(row.moderatedBy) : null, at: row.moderatedAt.toISOString() }
      : null,
    author: {
      id: row.author?.id ?? null,
      name: writerName(row),
      email: row.author?.email ?? row.guestEmail ?? "",
      banned: row.author?.bannedAt != null,
      history,
      trusted: row.author !== null && isTrustedCommenter(history, threshold),
    },
    post: {
      id: row.post.id,
      title: row.post.title || "Untitled",
      path: `/articles/${row.post.slug}`,
      published: row.post.status === "PUBLISHED",
    },
    parent: row.parent
      ? { id: row.parent.id, authorName: writerName(row.parent), excerpt: excerpt(row.parent.body) }
      : null,
    reports: row.reports.map((report) => ({
      reason: report.reason,
      note: report.note,
      createdAt: report.createdAt.toISOString(),
    })),
    autoSpamReasons,
  };
}

/** How many comments each queue holds. */
export async function getQueueCounts(viewer: Viewer): Promise<QueueCounts> {
  authorize(viewer, "comment:moderate");
  const [byStatus, reported] = await Promise.all([
    db.comment.groupBy({ by: ["status"], where: notRemoved, _count: { _all: true } }),
    // Counted from the open reports (few, indexed on resolvedAt), not by probing every comment.
    db.commentReport.groupBy({ by: ["commentId"], where: { resolvedAt: null } }),
  ]);
  const count = (status: ModerationStatus) => byStatus.find((group) => group.status === status)?._count._all ?? 0;
  return {
    pending: count("PENDING"),
    reported: reported.length,
    spam: count("SPAM"),
    approved: count("APPROVED"),
    rejected: count("REJECTED"),
  };
}

/** One page of a queue, with every queue's count and the viewer's own alert preference. */
export async function getModerationQueue(
  viewer: Viewer,
  { queue, after }: { queue: ModerationQueue; after?: QueueCursor | undefined },
): Promise<ModerationQueuePage> {
  authorize(viewer, "comment:moderate");
  const ascending = OLDEST_FIRST.has(queue);
  const direction = ascending ? "asc" : "desc";
  const [rows, counts, settings, me] = await Promise.all([
    db.comment.findMany({
      where: after ? { AND: [queueWhere(queue), afterCursor(after, ascending)] } : queueWhere(queue),
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: QUEUE_PAGE_SIZE + 1,
      select: itemSelect,
    }),
    getQueueCounts(viewer),
    getSiteSettings(),
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { commentAlerts: true } }),
  ]);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const [histories, spamReasons] = await Promise.all([
    historiesOf([...new Set(page.flatMap((row) => row.author?.id ?? []))]),
    autoSpamReasonsOf(page),
  ]);
  const last = page.at(-1);
  return {
    queue,
    items: page.map((row) =>
      toItem(
        row,
        (row.author && histories.get(row.author.id)) || emptyHistory(),
        settings.trustedCommenterThreshold,
        spamReasons.get(row.id) ?? null,
      ),
    ),
    counts,
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeQueueCursor(last) : null,
    trustedThreshold: settings.trustedCommenterThreshold,
    commentAlerts: me.commentAlerts,
  };
}

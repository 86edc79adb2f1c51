import "server-only";
import { db } from "../../../db";
import { publiclyVisible } from "../../../posts/visibility";
import type { CommentThreadPage, PublicComment } from "../dto";

// What everyone may read: approved comments on visible posts. Both queries
// run on the (postId, status, createdAt) index.

export const THREAD_PAGE_SIZE = 50;

const commentSelect = {
  id: true,
  html: true,
  createdAt: true,
  editedAt: true,
  removedAt: true,
  guestName: true,
  author: { select: { name: true } },
} as const;

type CommentRow = {
  id: string;
  html: string;
  createdAt: Date;
  editedAt: Date | null;
  removedAt: Date | null;
  guestName: string | null;
  author: { name: string | null } | null;
};

/** A removed comment keeps its place and date for the replies' sake, and gives away nothing else. */
const toPublicComment = (row: CommentRow): PublicComment =>
  row.removedAt
    ? { id: row.id, authorName: null, html: "", createdAt: row.createdAt.toISOString(), edited: false, removed: true }
    : {
        id: row.id,
        // An imported comment's writer has no account, only the name they gave.
        authorName: row.author ? row.author.name : row.guestName,
        html: row.html,
        createdAt: row.createdAt.toISOString(),
        edited: row.editedAt !== null,
        removed: false,
      };

/** Approved, and shown: a reply counts only while its parent is approved too; a removed comment is not counted. */
const shownApproved = {
  status: "APPROVED" as const,
  removedAt: null,
  OR: [{ parentId: null }, { parent: { status: "APPROVED" as const } }],
};

/** A removed comment stays in the thread only while an approved reply hangs from it. */
const shownParent = {
  status: "APPROVED" as const,
  parentId: null,
  OR: [{ removedAt: null }, { replies: { some: { status: "APPROVED" as const } } }],
};

const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * One page of a post's approved thread: top-level comments oldest first,
 * each with its approved replies (one level deep). A reply whose parent is
 * not approved is not shown; one whose parent was removed shows under a placeholder.
 */
export async function getApprovedThread(postId: string, page = 1): Promise<CommentThreadPage> {
  const onVisiblePost = { postId, post: publiclyVisible() };
  const [rows, total] = await Promise.all([
    db.comment.findMany({
      where: { ...onVisiblePost, ...shownParent },
      orderBy: oldestFirst,
      skip: (page - 1) * THREAD_PAGE_SIZE,
      take: THREAD_PAGE_SIZE + 1,
      select: commentSelect,
    }),
    db.comment.count({ where: { ...onVisiblePost, ...shownApproved } }),
  ]);
  const parents = rows.slice(0, THREAD_PAGE_SIZE);
  const replies = parents.length
    ? await db.comment.findMany({
        where: { postId, status: "APPROVED", parentId: { in: parents.map((p) => p.id) } },
        orderBy: oldestFirst,
        select: { ...commentSelect, parentId: true },
      })
    : [];
  return {
    items: parents.map((parent) => ({
      ...toPublicComment(parent),
      replies: replies.filter((r) => r.parentId === parent.id).map(toPublicComment),
    })),
    page,
    hasNext: rows.length > THREAD_PAGE_SIZE,
    total,
  };
}

/** Approved comments per post, in one grouped query; posts without any are absent from the map. */
export async function countApprovedComments(postIds: readonly string[]): Promise<Map<string, number>> {
  if (postIds.length === 0) return new Map();
  const groups = await db.comment.groupBy({
    by: ["postId"],
    where: { postId: { in: [...postIds] }, ...shownApproved },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.postId, g._count._all]));
}

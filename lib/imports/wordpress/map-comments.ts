import type { WxrComment } from "./wxr-records";

// A post's WordPress comments as Masthead keeps them. WordPress threads
// replies to any depth; Masthead shows one level of replies under a
// top-level comment, so a deeper reply hangs from the top-level comment its
// thread started with (the nearest parent it is allowed to have). Trashed
// comments, pingbacks and trackbacks are not comments a reader wrote: they
// stay behind, and a reply to a trashed comment climbs past it.

export type ImportedCommentStatus = "APPROVED" | "PENDING" | "SPAM";

const STATUSES: Record<string, ImportedCommentStatus> = { "1": "APPROVED", "0": "PENDING", spam: "SPAM" };

export interface CommentPlan {
  comment: WxrComment;
  status: ImportedCommentStatus;
  /** WordPress id of the top-level comment this one replies to, or null for a top-level comment. */
  parentSourceId: string | null;
}

export interface CommentsPlan {
  comments: CommentPlan[];
  /** Trashed, pingbacks, trackbacks and other non-reader types. */
  skipped: number;
}

/**
 * The top-level comment a reply hangs from here: its furthest ancestor that
 * is kept, climbing past the ones that stay behind (or are missing from the
 * export); null when none is kept, and the comment is itself top-level.
 */
export function keptTopLevelAncestor(
  comment: { id: string; parentId: string | null },
  parentOf: (id: string) => string | null,
  isKept: (id: string) => boolean,
): string | null {
  let top: string | null = null;
  const seen = new Set<string>([comment.id]);
  for (let id = comment.parentId; id !== null && !seen.has(id); id = parentOf(id)) {
    seen.add(id);
    if (isKept(id)) top = id;
  }
  return top;
}

export function planComments(comments: readonly WxrComment[]): CommentsPlan {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const kept = new Map<string, ImportedCommentStatus>();
  for (const c of comments) {
    const status = STATUSES[c.approved];
    if (status && c.type === "comment") kept.set(c.id, status);
  }

  const topOf = (comment: WxrComment): string | null =>
    keptTopLevelAncestor(
      comment,
      (id) => byId.get(id)?.parentId ?? null,
      (id) => kept.has(id),
    );

  const planned = comments.flatMap((comment): CommentPlan[] => {
    const status = kept.get(comment.id);
    return status ? [{ comment, status, parentSourceId: topOf(comment) }] : [];
  });
  // Parents first, so each reply's parent exists when the reply is written.
  planned.sort((a, b) => Number(a.parentSourceId !== null) - Number(b.parentSourceId !== null));
  return { comments: planned, skipped: comments.length - planned.length };
}

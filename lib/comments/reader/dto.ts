// What the comments section receives: plain data with ISO dates, the same
// whether it comes through a server component, a cache entry or JSON.

export interface PublicComment {
  id: string;
  /** Null when the reader has not (or no longer) chosen a display name. */
  authorName: string | null;
  /** Rendered by lib/markdown's comment profile when the comment was saved. */
  html: string;
  createdAt: string;
  edited: boolean;
  /** Deleted by its author after others replied: shown as "comment removed", with no name or text. */
  removed: boolean;
}

export interface PublicThreadItem extends PublicComment {
  /** Approved replies, oldest first; replies never have replies of their own. */
  replies: PublicComment[];
}

export interface CommentThreadPage {
  items: PublicThreadItem[];
  page: number;
  hasNext: boolean;
  /** Approved comments on the post, replies included: the heading's count. */
  total: number;
}

/** One of the reader's own comments that only they can see yet. */
export interface OwnPendingComment {
  id: string;
  parentId: string | null;
  body: string;
  html: string;
  createdAt: string;
}

/** The signed-in parts of the section, fetched at runtime so the article itself stays cached. */
export interface ReaderCommentState {
  signedIn: boolean;
  /** The signed-in reader's display name, shown beside "Sign out". */
  name: string | null;
  /** Signed in but without a display name: they are sent to /welcome first. */
  needsName: boolean;
  banned: boolean;
  /** Whether the thread takes comments right now (the cached page may be older). */
  open: boolean;
  maxLength: number;
  /** Signed time the form was handed out; a comment carries it back (lib/comments/spam/form-stamp.ts). */
  formStamp: string;
  pending: OwnPendingComment[];
  /** Ids of the reader's approved comments on this post, which they may delete. */
  ownApproved: string[];
  /** Ids of comments the reader has already reported. */
  reported: string[];
}

/** Why a reader reports a comment; the form lists them in this order. */
export const REPORT_REASONS = ["SPAM", "ABUSE", "OFF_TOPIC", "OTHER"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

import type { CommentAlertsPreference, ModerationDecision, ModerationQueue } from "./schema";

// What the moderation page renders: plain data, dates as ISO strings.

export type ModerationStatus = "PENDING" | "APPROVED" | "REJECTED" | "SPAM";

export interface AuthorHistory {
  approved: number;
  rejected: number;
  spam: number;
  pending: number;
}

export interface ModerationAuthor {
  /** The reader's account; null for an imported comment, whose writer has none (no history, no ban). */
  id: string | null;
  name: string;
  /** "" when an imported comment came without an address. */
  email: string;
  banned: boolean;
  history: AuthorHistory;
  /** Meets the trusted-commenter rule: their new comments skip the queue. */
  trusted: boolean;
}

export interface OpenReport {
  reason: "SPAM" | "ABUSE" | "OFF_TOPIC" | "OTHER";
  note: string;
  createdAt: string;
}

export interface ModerationItem {
  id: string;
  status: ModerationStatus;
  /** The Markdown source, for the edit dialog. */
  body: string;
  /** The sanitized HTML the comment pipeline stored. */
  html: string;
  createdAt: string;
  editedAt: string | null;
  moderated: { by: string | null; at: string } | null;
  author: ModerationAuthor;
  post: { id: string; title: string; path: string; published: boolean };
  parent: { id: string; authorName: string; excerpt: string } | null;
  reports: OpenReport[];
  /** Why the spam checks sent it to Spam when it was posted or edited; null when a person put it there, or it is not spam. */
  autoSpamReasons: string | null;
}

export type QueueCounts = Record<ModerationQueue, number>;

export interface ModerationQueuePage {
  queue: ModerationQueue;
  items: ModerationItem[];
  counts: QueueCounts;
  /** Cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** Approved comments that make a reader trusted, or null when every comment is pre-moderated. */
  trustedThreshold: number | null;
  commentAlerts: CommentAlertsPreference;
}

export interface DecisionOutcome {
  decision: ModerationDecision;
  count: number;
}

export interface UndoOutcome {
  decision: ModerationDecision;
  /** Comments put back as they were. */
  restored: number;
  /** Comments someone changed since, left as they are now. */
  skipped: number;
}

// When a thread stops taking comments: per post, and automatically a set
// number of days after publication when the site setting is on. Pure, so the
// article page, the reader's island and the mutation agree on one rule.

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CommentablePost {
  commentsEnabled: boolean;
  publishedAt: Date;
}

/** The moment comments close automatically, or null when the setting is off. */
export function commentsCloseAt(publishedAt: Date, closeAfterDays: number | null): Date | null {
  return closeAfterDays === null ? null : new Date(publishedAt.getTime() + closeAfterDays * DAY_MS);
}

export function commentsOpen(post: CommentablePost, closeAfterDays: number | null, now: Date = new Date()): boolean {
  if (!post.commentsEnabled) return false;
  const closesAt = commentsCloseAt(post.publishedAt, closeAfterDays);
  return closesAt === null || now < closesAt;
}

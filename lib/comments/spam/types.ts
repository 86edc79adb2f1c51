// The seam for spam defences: each check looks at a comment about to be
// stored and says whether it is spam, and why. The built-in heuristics are one
// implementation; a hosted service (Akismet and the like) would be another,
// added to the list in ./index.ts without touching the comment code.

/** What a check sees of a new or edited comment. */
export interface SpamCheckInput {
  /** The Markdown the reader typed. */
  body: string;
  /** What readers would get: the comment pipeline's plain text and sanitized HTML. */
  text: string;
  html: string;
  authorId: string;
  postId: string;
  /** The comment being edited, which is no copy of itself; null for a new one. */
  commentId: string | null;
  /** The reader's network address when the site knows it (TRUST_PROXY), else null. */
  ip: string | null;
}

export interface SpamVerdict {
  verdict: "ok" | "spam";
  /** Why, in words for moderators (the admin is English); empty when ok. */
  reasons: string[];
}

export type SpamCheck = (input: SpamCheckInput) => Promise<SpamVerdict>;

export const NOT_SPAM: SpamVerdict = { verdict: "ok", reasons: [] };

import "server-only";
import { RateLimited } from "../../../errors";
import type { SiteSettings } from "../../../settings/schema";
import { hit } from "../../../throttle/data/counters";
import { SlidingWindow } from "../sliding-window";

// How fast comments may come: per reader, on a counter in PostgreSQL
// (lib/throttle/data/counters.ts) that one atomic statement counts and
// decides, so every server process agrees and ten parallel posts against a
// limit of five store exactly five; and per network address, counted in this
// server process's memory, because comments keep no address (personal data
// the site has no other use for). A single-server install, the kind Masthead
// is made for, gets exact per-address limits; behind a load balancer each
// process counts its own share. Without a trusted proxy the address is
// unknown (see lib/http/client-address.ts) and only the per-reader limit
// applies: one shared bucket for everybody would let one reader's burst
// silence all the others. Both run before the comment is rendered, and a
// refused attempt costs nothing more.

const WINDOW_MS = 60_000;

/** Edits of one's own pending comments, per reader: enough to fix typos, not to use the spam checks as an oracle. */
export const COMMENT_EDITS_PER_WINDOW = 10;
const EDIT_WINDOW_MS = 10 * 60_000;

const byAddress = new SlidingWindow(WINDOW_MS);

type Limits = Pick<SiteSettings, "commentRateLimitPerMinute" | "commentRateLimitPerMinutePerIp">;

/**
 * Takes a slot for a new comment or refuses; the messages are i18n keys. The
 * address is checked and counted in one synchronous step, so parallel requests
 * in this process cannot all see the same count.
 */
export async function enforceCommentRateLimits(
  authorId: string,
  address: string | null,
  limits: Limits,
): Promise<void> {
  const now = Date.now();
  if (address !== null) {
    if (byAddress.count(address, now) >= limits.commentRateLimitPerMinutePerIp) {
      throw new RateLimited("comments.error.tooManyFromAddress");
    }
    byAddress.add(address, now);
  }
  const reader = await hit(`comment:reader:${authorId}`, {
    limit: limits.commentRateLimitPerMinute,
    windowMs: WINDOW_MS,
  });
  if (!reader.allowed) throw new RateLimited("comments.error.tooManyPerMinute");
}

/** Takes a slot for an edit of the reader's own comment, or refuses. */
export async function enforceCommentEditLimit(authorId: string): Promise<void> {
  const edits = await hit(`comment:edit:${authorId}`, { limit: COMMENT_EDITS_PER_WINDOW, windowMs: EDIT_WINDOW_MS });
  if (!edits.allowed) throw new RateLimited("comments.error.tooManyEdits");
}

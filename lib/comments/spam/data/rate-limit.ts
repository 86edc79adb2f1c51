import "server-only";
import { db } from "../../../db";
import { RateLimited } from "../../../errors";
import type { SiteSettings } from "../../../settings/schema";
import { SlidingWindow } from "../sliding-window";

// How fast comments may come: per reader, counted from the Comment table
// itself (the authorId index, the last minute), so every server process and
// restart agrees; and per network address, counted in this server process's
// memory, because comments keep no address (personal data the site has no
// other use for). A single-server install, the kind Masthead is made for,
// gets exact per-address limits; behind a load balancer each process counts
// its own share. Without a trusted proxy the address is unknown (see
// lib/http/client-address.ts) and only the per-reader limit applies: one shared
// bucket for everybody would let one reader's burst silence all the others.

const WINDOW_MS = 60_000;

const byAddress = new SlidingWindow(WINDOW_MS);

type Limits = Pick<SiteSettings, "commentRateLimitPerMinute" | "commentRateLimitPerMinutePerIp">;

/** Refuses a comment that would go over either limit; the messages are i18n keys. */
export async function enforceCommentRateLimits(
  authorId: string,
  address: string | null,
  limits: Limits,
): Promise<void> {
  const now = Date.now();
  const recent = await db.comment.count({ where: { authorId, createdAt: { gt: new Date(now - WINDOW_MS) } } });
  if (recent >= limits.commentRateLimitPerMinute) throw new RateLimited("comments.error.tooManyPerMinute");
  if (address !== null && byAddress.count(address, now) >= limits.commentRateLimitPerMinutePerIp) {
    throw new RateLimited("comments.error.tooManyFromAddress");
  }
}

/** Counts a stored comment against its address. */
export function noteCommentFromAddress(address: string | null): void {
  if (address !== null) byAddress.add(address);
}

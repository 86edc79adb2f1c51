import "server-only";
import { db } from "../../../db";
import type { SiteSettings } from "../../../settings/schema";
import { bannedWordsReason, findBannedWords, tooManyLinks, verdictOf, worthComparing } from "../heuristics";
import type { SpamCheck, SpamCheckInput } from "../types";

// The spam heuristics Masthead ships with, needing no outside service: too
// many links, banned words from the settings, and the same text posted again
// (by one reader within a day, or by anyone on several articles within an hour).

const HOUR_MS = 60 * 60 * 1000;
const OWN_COPY_WINDOW_MS = 24 * HOUR_MS;
const CAMPAIGN_WINDOW_MS = HOUR_MS;
/** Articles carrying the same text within the hour, this comment's included. */
const CAMPAIGN_ARTICLES = 3;

// Comparison happens in Postgres with the same normalisation on both sides
// (trimmed, whitespace runs collapsed, lower case), so no bodies are fetched.
// Every status is listed so the planner can walk the (status, createdAt) index.
const ALL_STATUSES = ["PENDING", "APPROVED", "REJECTED", "SPAM"];

async function ownCopyExists({ body, authorId, commentId }: SpamCheckInput, since: Date): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Comment"
    WHERE "authorId" = ${authorId} AND "createdAt" > ${since} AND id <> ${commentId ?? ""}
      AND lower(regexp_replace(btrim(body), '\\s+', ' ', 'g')) = lower(regexp_replace(btrim(${body}), '\\s+', ' ', 'g'))
    LIMIT 1`;
  return rows.length > 0;
}

async function articlesWithCopies({ body, postId, commentId }: SpamCheckInput, since: Date): Promise<number> {
  const rows = await db.$queryRaw<{ articles: number }[]>`
    SELECT count(DISTINCT "postId")::int AS articles FROM "Comment"
    WHERE status = ANY(${ALL_STATUSES}::"CommentStatus"[]) AND "createdAt" > ${since} AND "postId" <> ${postId} AND id <> ${commentId ?? ""}
      AND lower(regexp_replace(btrim(body), '\\s+', ' ', 'g')) = lower(regexp_replace(btrim(${body}), '\\s+', ' ', 'g'))`;
  return (rows[0]?.articles ?? 0) + 1;
}

async function copyReasons(input: SpamCheckInput, now: number): Promise<(string | null)[]> {
  if (!worthComparing(input.body)) return [];
  const [own, articles] = await Promise.all([
    ownCopyExists(input, new Date(now - OWN_COPY_WINDOW_MS)),
    articlesWithCopies(input, new Date(now - CAMPAIGN_WINDOW_MS)),
  ]);
  return [
    own ? "Same text as another comment by this reader in the last 24 hours" : null,
    articles >= CAMPAIGN_ARTICLES ? `Same text on ${articles} articles within an hour` : null,
  ];
}

export function builtInSpamCheck(settings: Pick<SiteSettings, "commentMaxLinks" | "commentBannedWords">): SpamCheck {
  return async (input) =>
    verdictOf([
      tooManyLinks(input.html, settings.commentMaxLinks),
      // The source too: a banned word hidden in a link's address is not in the text readers see.
      bannedWordsReason(findBannedWords(`${input.text}\n${input.body}`, settings.commentBannedWords)),
      ...(await copyReasons(input, Date.now())),
    ]);
}

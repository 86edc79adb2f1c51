import type { Role } from "../auth/permissions";
import { utcToZonedLocal, zonedLocalToUtc } from "../i18n/zoned-time";
import { MAX_TOKEN_DAYS, type TokenLifetime, type TokenRole } from "./schema";

// Pure rules of tokens: which role a request with one acts in, and when a new one stops working.

const RANK: Partial<Record<Role, number>> = { AUTHOR: 1, EDITOR: 2, ADMIN: 3 };

/**
 * The role a token acts in: its own, but never more than its creator has now
 * (an admin since made an editor cannot publish as an admin through an old
 * token). Null when the creator no longer holds a writing role at all.
 */
export function effectiveRole(tokenRole: TokenRole, creatorRole: Role): TokenRole | null {
  const creatorRank = RANK[creatorRole];
  if (creatorRank === undefined) return null;
  return RANK[tokenRole]! <= creatorRank ? tokenRole : (creatorRole as TokenRole);
}

const DAY_MS = 24 * 60 * 60 * 1000;

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * When a token made now stops working: after a number of days, or at the end
 * of the chosen day in the site's time zone. Null for a day that is not
 * after today there, or lies beyond MAX_TOKEN_DAYS.
 */
export function expiryOf(
  choice: { expiresIn: TokenLifetime; expiresOn?: string | undefined },
  now: Date,
  timeZone: string,
): Date | null {
  if (choice.expiresIn !== "date") return new Date(now.getTime() + Number(choice.expiresIn) * DAY_MS);
  const day = choice.expiresOn;
  if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || day <= utcToZonedLocal(now, timeZone).slice(0, 10))
    return null;
  const end = zonedLocalToUtc(`${nextDay(day)}T00:00`, timeZone);
  if (!end || end.getTime() > now.getTime() + (MAX_TOKEN_DAYS + 1) * DAY_MS) return null;
  return end;
}

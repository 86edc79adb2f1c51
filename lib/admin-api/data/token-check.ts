import "server-only";
import type { Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { Unauthenticated } from "../../errors";
import type { TokenRole } from "../schema";
import { hashTokenSecret, looksLikeTokenSecret } from "../token-secret";
import { effectiveRole } from "../token-rules";

// The Admin API's side of tokens: who a request presenting one acts as, and
// when the token was last used. Public on purpose (no viewer): the token
// itself is the credential.

export interface TokenUse {
  viewer: Viewer & { apiToken: { id: string; name: string } };
  lastUsedAt: Date | null;
}

/**
 * The viewer a token stands for: the admin who made it, acting in the token's
 * role (never more than their own now). Unauthenticated, saying why, for an
 * unknown, revoked or expired token, or one whose maker can no longer act.
 */
export async function viewerForToken(secret: string, now: Date = new Date()): Promise<TokenUse> {
  const token = looksLikeTokenSecret(secret)
    ? await db.adminApiToken.findUnique({
        where: { secretHash: hashTokenSecret(secret) },
        select: {
          id: true,
          name: true,
          role: true,
          expiresAt: true,
          lastUsedAt: true,
          revokedAt: true,
          createdBy: {
            select: {
              id: true,
              email: true,
              name: true,
              role: true,
              disabled: true,
              bannedAt: true,
              contributor: { select: { id: true } },
            },
          },
        },
      })
    : null;
  if (!token) throw new Unauthenticated("This Admin API token is not recognised.");
  if (token.revokedAt) throw new Unauthenticated("This Admin API token has been revoked.");
  if (token.expiresAt <= now) throw new Unauthenticated("This Admin API token has expired.");
  const account = token.createdBy;
  const role = account.disabled ? null : effectiveRole(token.role as TokenRole, account.role);
  if (!role) throw new Unauthenticated("The account that made this Admin API token can no longer use it.");
  return {
    viewer: {
      id: account.id,
      email: account.email,
      name: account.name,
      role,
      contributorId: account.contributor?.id ?? null,
      banned: account.bannedAt !== null,
      apiToken: { id: token.id, name: token.name },
    },
    lastUsedAt: token.lastUsedAt,
  };
}

const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * Records that the token was used, to the minute: no write when the row
 * already says so, and of parallel requests only one moves it (the UPDATE
 * checks the condition again).
 */
export async function noteTokenUsed(use: TokenUse, now: Date = new Date()): Promise<void> {
  const threshold = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
  if (use.lastUsedAt && use.lastUsedAt > threshold) return;
  await db.adminApiToken.updateMany({
    where: { id: use.viewer.apiToken.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: threshold } }] },
    data: { lastUsedAt: now },
  });
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db";
import { ValidationError } from "../../errors";

// Single-use links for invitations and password resets. The link carries a
// random token; only its SHA-256 is stored, so a copy of the database hands
// out no working links. A token works once and only until it expires.

export type TokenPurpose = "INVITATION" | "PASSWORD_RESET";

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

const LINK_PATHS: Record<TokenPurpose, string> = {
  INVITATION: "/accept-invitation",
  PASSWORD_RESET: "/reset-password",
};

export const INVALID_LINK = "This link has expired or has already been used.";

/** 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString("base64url");

export const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

export const tokenExpiry = (purpose: TokenPurpose, now = new Date()): Date =>
  new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);

export function tokenLink(siteUrl: string, purpose: TokenPurpose, token: string): string {
  const url = new URL(LINK_PATHS[purpose], siteUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

type Tx = Pick<Db, "userToken">;

/** A fresh token for the account, returned once: only its hash is kept. */
export async function issueToken(
  tx: Tx,
  userId: string,
  purpose: TokenPurpose,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = tokenExpiry(purpose);
  await tx.userToken.create({ data: { userId, purpose, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

/** The account a live token belongs to, without using it up; null when unknown, used or expired. */
export async function findTokenOwner(tx: Tx, token: string, purpose: TokenPurpose): Promise<string | null> {
  const row = await tx.userToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= new Date()) return null;
  return row.userId;
}

/**
 * Uses the token up and returns its account. The conditional update makes
 * two simultaneous uses of one link succeed at most once.
 */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose): Promise<string> {
  const userId = await findTokenOwner(tx, token, purpose);
  const { count } = userId
    ? await tx.userToken.updateMany({
        where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      })
    : { count: 0 };
  if (!userId || count !== 1) throw new ValidationError(INVALID_LINK, { token: [INVALID_LINK] });
  return userId;
}

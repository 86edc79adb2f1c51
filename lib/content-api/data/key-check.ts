import "server-only";
import { db } from "../../db";
import { hashKeySecret } from "../key-secret";

// The API's side of keys: which key a request presents, and when it was last
// used. Public on purpose (no viewer): the key itself is the credential.

export interface PresentedKey {
  id: string;
  requestsPerMinute: number;
  lastUsedAt: Date | null;
  revoked: boolean;
}

/** The key whose secret this is, revoked or not; null when no key has it. */
export async function findKeyBySecret(secret: string): Promise<PresentedKey | null> {
  const row = await db.contentApiKey.findUnique({
    where: { secretHash: hashKeySecret(secret) },
    select: { id: true, requestsPerMinute: true, lastUsedAt: true, revokedAt: true },
  });
  if (!row) return null;
  const { revokedAt, ...key } = row;
  return { ...key, revoked: revokedAt !== null };
}

const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * Records that the key was used, to the minute: no write when the row already
 * says so, and of parallel requests only one moves it (the condition is
 * checked again by the UPDATE itself).
 */
export async function noteKeyUsed(key: PresentedKey, now: Date = new Date()): Promise<void> {
  const threshold = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
  if (key.lastUsedAt && key.lastUsedAt > threshold) return;
  await db.contentApiKey.updateMany({
    where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: threshold } }] },
    data: { lastUsedAt: now },
  });
}

import { z } from "zod";
import { env } from "../../env";
import { seal, unseal } from "./seal";

// The relying party a passkey is bound to (the site's host from SITE_URL, so
// passkeys move with the domain, not the port a proxy listens on) and the
// sealed, short-lived challenge a registration carries between its two steps.

export const CHALLENGE_LIFETIME_MS = 5 * 60_000;

const LOOPBACK_ADDRESSES = new Set(["127.0.0.1", "[::1]"]);

/**
 * WebAuthn refuses IP addresses as relying parties, so a site configured on a
 * loopback address (development, tests) offers passkeys at localhost on the
 * same port, the one loopback name browsers accept.
 */
export function relyingParty(siteUrl = env().SITE_URL): { rpID: string; origin: string } {
  const url = new URL(siteUrl);
  if (LOOPBACK_ADDRESSES.has(url.hostname)) url.hostname = "localhost";
  return { rpID: url.hostname, origin: url.origin };
}

const challengeSchema = z.object({ userId: z.string(), challenge: z.string(), expiresAt: z.number() });

export function sealChallenge(userId: string, challenge: string, now = Date.now()): string {
  return seal("passkey-challenge", JSON.stringify({ userId, challenge, expiresAt: now + CHALLENGE_LIFETIME_MS }));
}

/** The challenge issued to this account, or null when the ticket is foreign, someone else's or expired. */
export function openChallenge(sealed: string, userId: string, now = Date.now()): string | null {
  const plain = unseal("passkey-challenge", sealed);
  const parsed = plain ? challengeSchema.safeParse(JSON.parse(plain)) : null;
  if (!parsed?.success || parsed.data.userId !== userId || parsed.data.expiresAt <= now) return null;
  return parsed.data.challenge;
}

import { createHmac, timingSafeEqual } from "node:crypto";

// Shareable preview links for unpublished posts: the post id, the post's
// preview nonce and an expiry, signed with HMAC-SHA256. Nothing else is
// stored; a link stops working when it expires, when the secret changes, when
// the post is deleted, or when its nonce moves on (the links are revoked).

export const PREVIEW_LINK_DAYS = 7;
const PREVIEW_LINK_MS = PREVIEW_LINK_DAYS * 24 * 60 * 60 * 1000;
// Keeps these signatures apart from anything else signed with the same secret.
const PURPOSE = "masthead-preview-link:";
const PAYLOAD = /^([A-Za-z0-9_-]{1,64})\.(\d{1,9})\.(\d{1,13})$/;

function signature(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret)
    .update(PURPOSE + payload)
    .digest();
}

export function signPreviewToken(
  postId: string,
  nonce: number,
  secret: string,
  now = new Date(),
): { token: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + PREVIEW_LINK_MS);
  const payload = `${postId}.${nonce}.${expiresAt.getTime()}`;
  if (!PAYLOAD.test(payload)) throw new Error("A preview link needs a post id of letters, digits, - or _.");
  const token = `${Buffer.from(payload).toString("base64url")}.${signature(payload, secret).toString("base64url")}`;
  return { token, expiresAt };
}

/** The post id and nonce a valid, unexpired token names; null for anything else. */
export function verifyPreviewToken(
  token: string,
  secret: string,
  now = new Date(),
): { postId: string; nonce: number; expiresAt: Date } | null {
  const [encoded, given, ...rest] = token.split(".");
  if (!encoded || !given || rest.length) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const match = PAYLOAD.exec(payload);
  if (!match) return null;
  const expected = signature(payload, secret);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const expiresAt = new Date(Number(match[3]));
  return expiresAt > now ? { postId: match[1]!, nonce: Number(match[2]), expiresAt } : null;
}

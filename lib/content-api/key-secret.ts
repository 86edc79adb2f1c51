import { createHash, randomBytes } from "node:crypto";

// Content API keys: 256 random bits behind a fixed marker. The database keeps
// only the SHA-256 of a key (a slow password hash buys nothing against a
// secret this long) and its first characters, which identify it in the admin
// list without being enough to use it.

const MARKER = "mhk_";
const SHAPE = /^mhk_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = MARKER.length + 8;

export interface NewKeySecret {
  /** Shown once, to the admin who made it. */
  secret: string;
  prefix: string;
  secretHash: string;
}

export function newKeySecret(): NewKeySecret {
  const secret = MARKER + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, PREFIX_LENGTH), secretHash: hashKeySecret(secret) };
}

export function hashKeySecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Whether the text could be a key at all: anything else is refused without a database lookup. */
export function looksLikeKeySecret(text: string): boolean {
  return SHAPE.test(text);
}

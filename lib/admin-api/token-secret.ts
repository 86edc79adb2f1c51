import { randomBytes } from "node:crypto";
import { hashKeySecret } from "../content-api/key-secret";

// Admin API tokens: 256 random bits behind their own marker, so a token and a
// Content API key are never mistaken for each other (nor accepted by the
// other API). Stored as the Content API keys are: the SHA-256 and a prefix.

const MARKER = "mha_";
const SHAPE = /^mha_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = MARKER.length + 8;

export function newTokenSecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = MARKER + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, PREFIX_LENGTH), secretHash: hashKeySecret(secret) };
}

export const hashTokenSecret = hashKeySecret;

/** Whether the text could be a token at all: anything else is refused without a database lookup. */
export function looksLikeTokenSecret(text: string): boolean {
  return SHAPE.test(text);
}

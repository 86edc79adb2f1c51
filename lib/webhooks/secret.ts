import { randomBytes } from "node:crypto";

// A hook's signing secret in the Standard Webhooks form: "whsec_" and the
// base64 of 32 random bytes (the HMAC-SHA256 key). Receivers pass it as is
// to their Standard Webhooks library.

const SHAPE = /^whsec_[A-Za-z0-9+/]{43}=$/;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function looksLikeWebhookSecret(text: string): boolean {
  return SHAPE.test(text);
}

import type { MessageKey, Translate } from "@/lib/i18n";
import { isMessageKey } from "@/lib/comments/wording";
import type { Failure } from "./comments-context";

// Turns an action's failure into words in the article's language: comment
// errors carry message keys; anything else gets the wording for its code.

const BY_CODE: Record<Failure["code"], MessageKey> = {
  validation: "comments.error.fields",
  unauthenticated: "comments.error.signedOut",
  forbidden: "comments.error.forbidden",
  "not-found": "comments.error.notFound",
  conflict: "comments.error.forbidden",
  "rate-limited": "comments.error.rateLimited",
  unavailable: "comments.error.unavailable",
  server: "comments.error.server",
};

export function failureMessage(error: Failure, t: Translate): string {
  return isMessageKey(error.message) ? t(error.message) : t(BY_CODE[error.code]);
}

/** The first message for one field, translated when it is a key. */
export function fieldMessage(error: Failure | null, field: string, t: Translate): string | undefined {
  const message = error?.fieldErrors[field]?.[0];
  if (!message) return undefined;
  return isMessageKey(message) ? t(message) : message;
}

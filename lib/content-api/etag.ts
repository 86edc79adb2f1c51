import { createHash } from "node:crypto";

// Validators for conditional requests: the ETag is a hash of the exact body,
// so it changes exactly when the answer does, whatever caused the change.

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 27)}"`;
}

/** If-None-Match compared weakly (RFC 9110 §13.1.2): a list of tags, "W/" ignored, or "*". */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => strip(tag) === etag);
}

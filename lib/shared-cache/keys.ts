import { createHash } from "node:crypto";

// Where each thing lives in Redis. Everything of one site sits under its
// prefix, so two sites can share a Redis without ever reading each other's
// pages. Tag invalidations are the site's (every build running it must hear
// them, old and new during a rolling deploy); cached pages and data are a
// build's (a page names the script files of the build that rendered it) and,
// within it, a script-nonce placeholder's: a page may only be served by a
// process that replaces the placeholder it was rendered with
// (docs/security-headers.md), and the scope is a hash, so keys never show it.

export interface CacheKeys {
  /** When a tag was last invalidated. */
  tag(tag: string): string;
  /** A rendered page or route response (Next's incremental cache). */
  route(key: string): string;
  /** A 'use cache' entry. */
  data(key: string): string;
}

/** The default namespace: one per site address. */
export function defaultKeyPrefix(siteUrl: string): string {
  return `masthead:${new URL(siteUrl).host}`;
}

/** The key under which the instances of one build agree on their placeholder nonce. */
export function placeholderKey(prefix: string, buildId: string): string {
  return `${prefix}:${buildId}:nonce-placeholder`;
}

export function cacheKeys(prefix: string, buildId: string, noncePlaceholder: string): CacheKeys {
  const scope = createHash("sha256").update(noncePlaceholder).digest("hex").slice(0, 16);
  const entries = `${prefix}:${buildId}:${scope}`;
  return {
    tag: (tag) => `${prefix}:tag:${tag}`,
    route: (key) => `${entries}:route:${key}`,
    data: (key) => `${entries}:data:${key}`,
  };
}

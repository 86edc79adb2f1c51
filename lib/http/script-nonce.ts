// The per-process placeholder nonce that Next writes into its own script tags
// in place of a real one, so a page rendered once can be served many times;
// lib/http/secure-responses.ts swaps it for a fresh nonce in every response
// (docs/security-headers.md). It never leaves the server: were it known, text
// in an article could spell `nonce="…"` and have it stamped.
//
// Kept on globalThis because instrumentation, the proxy and the pages are
// separate bundles in one process. No Node imports: the proxy reads it too.

const SLOT = Symbol.for("masthead.scriptNoncePlaceholder");

type Holder = { [SLOT]?: string };

/** The placeholder while per-response nonces are served, otherwise undefined (development, or Next's cache internals moved). */
export function scriptNoncePlaceholder(): string | undefined {
  return (globalThis as Holder)[SLOT];
}

export function setScriptNoncePlaceholder(placeholder: string): void {
  (globalThis as Holder)[SLOT] = placeholder;
}

/** The request header from which Next takes the nonce it renders into its scripts. */
export function nonceRequestHeader(placeholder: string): string {
  return `script-src 'nonce-${placeholder}' 'strict-dynamic'`;
}

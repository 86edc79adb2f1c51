import { randomBytes } from "node:crypto";
import { ServerResponse, type OutgoingHttpHeaders } from "node:http";
import { withBootstrapNonce } from "./bootstrap-nonce";
import { createNonceStamper, stampWhole } from "./nonce-stamper";
import {
  contentSecurityPolicy,
  contentSecurityPolicyWithoutNonce,
  everyResponseHeaders,
  type SecurityHeaderOptions,
} from "./security-headers";

// Gives every response of the production server its security headers, and
// every HTML response a fresh nonce: in its Content-Security-Policy and in
// place of the placeholder Next rendered into its own script tags
// (lib/http/script-nonce.ts; the whole design is in docs/security-headers.md).
//
// `next start` has no per-response hook, and Next compresses a response by
// wrapping that response's write/end when it arrives, so a custom server
// would only ever see compressed bytes. What runs after Next's wrapper is the
// response's own Node methods: the headers are added when they are sent
// (writeHead, which Node also calls for an implicit send), and the body is
// stamped by wrapping write/end of an HTML response when its Content-Type is
// set, which Next does before sending a byte of it.

const SENT = Symbol("masthead.securityHeadersSent");
const STAMPING = Symbol("masthead.stampingNonce");

/** x-nextjs-cache of a page Next has just prerendered (and stored) in answering this request. */
const FRESH_PRERENDER = new Set(["MISS", "REVALIDATED"]);

type Response = ServerResponse & { [SENT]?: true; [STAMPING]?: true };
type WriteArgs = [chunk: unknown, encoding?: unknown, callback?: unknown];

/** 18 random bytes: 24 base64 characters, no padding, as long as the placeholder. */
export function newNonce(): string {
  return randomBytes(18).toString("base64");
}

const isHtml = (value: unknown) => typeof value === "string" && value.startsWith("text/html");
// RSC payloads: what the HTML's inline scripts hold, sent alone for client-side navigation.
const mayHoldPlaceholder = (value: unknown) =>
  isHtml(value) || (typeof value === "string" && value.startsWith("text/x-component"));

function contentTypeOf(response: ServerResponse, headers: unknown): unknown {
  if (headers && typeof headers === "object" && !Array.isArray(headers)) {
    const given = Object.entries(headers as OutgoingHttpHeaders).find(
      ([name]) => name.toLowerCase() === "content-type",
    );
    if (given) return given[1];
  }
  return response.getHeader("content-type");
}

/**
 * Patches Node's ServerResponse in this process (the Next server). With a
 * `placeholder`, HTML bodies get a per-response nonce; without one (Next's
 * internals moved) HTML gets the policy that needs no nonce.
 */
export function installSecureResponses(options: SecurityHeaderOptions, placeholder: string | null): void {
  const proto = ServerResponse.prototype;
  const { writeHead, setHeader } = proto;

  proto.writeHead = function (this: Response, ...args: unknown[]) {
    if (!this[SENT]) {
      this[SENT] = true;
      const pathname = (this.req?.url ?? "/").split("?", 1)[0] ?? "/";
      for (const [name, value] of everyResponseHeaders(pathname, options)) {
        if (!this.hasHeader(name)) setHeader.call(this, name, value);
      }
      // An HTML response that never went through setHeader: nothing in it can carry the nonce.
      const headers = typeof args[1] === "object" ? args[1] : args[2];
      if (!this[STAMPING] && !this.hasHeader("content-security-policy") && isHtml(contentTypeOf(this, headers))) {
        const policy = placeholder
          ? contentSecurityPolicy(newNonce(), options)
          : contentSecurityPolicyWithoutNonce(options);
        setHeader.call(this, "Content-Security-Policy", policy);
      }
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof proto.writeHead;

  proto.setHeader = function (this: Response, name: string, value: number | string | readonly string[]) {
    const result = setHeader.call(this, name, value);
    if (!this[STAMPING] && !this.headersSent && name.toLowerCase() === "content-type" && mayHoldPlaceholder(value)) {
      this[STAMPING] = true;
      const html = isHtml(value);
      if (placeholder) stampNonce(this, placeholder, html ? options : null);
      else if (html) setHeader.call(this, "Content-Security-Policy", contentSecurityPolicyWithoutNonce(options));
    }
    return result;
  } as typeof proto.setHeader;
}

/** Replaces the placeholder in the body; `policy` options for an HTML response, which gets the policy too. */
function stampNonce(response: Response, placeholder: string, policy: SecurityHeaderOptions | null): void {
  const nonce = newNonce();
  if (policy) {
    ServerResponse.prototype.setHeader.call(response, "Content-Security-Policy", contentSecurityPolicy(nonce, policy));
  }
  const stamper = createNonceStamper(placeholder, nonce);
  // Whatever handles the body now (Next's compression, or Node itself) sees it stamped.
  const write = response.write as (...args: unknown[]) => boolean;
  const end = response.end as (...args: unknown[]) => ServerResponse;
  let streamed = false;
  // A page Next just prerendered for the cache lacks the nonce on its bootstrap
  // script (./bootstrap-nonce.ts): kept whole, once per page, to give it one.
  let prerendered: Buffer[] | null | undefined;
  const holdIfPrerendered = () =>
    (prerendered ??= policy && FRESH_PRERENDER.has(String(response.getHeader("x-nextjs-cache"))) ? [] : null);

  const sendWhole = (self: Response, text: string, fresh: boolean, callback: unknown) => {
    let body = stampWhole(text, placeholder, nonce);
    if (fresh) body = withBootstrapNonce(body, nonce);
    if (body.length !== text.length && self.hasHeader("content-length") && !self.headersSent) {
      self.setHeader("Content-Length", Buffer.byteLength(body));
    }
    return end.call(self, body, callback);
  };

  response.write = function (this: Response, ...[chunk, encoding, callback]: WriteArgs) {
    if (chunk === undefined || chunk === null) return write.call(this, chunk, encoding, callback);
    const enc = typeof encoding === "string" ? (encoding as BufferEncoding) : undefined;
    const cb = typeof encoding === "function" ? encoding : callback;
    const held = holdIfPrerendered();
    if (held) {
      held.push(toBuffer(chunk, enc));
      if (typeof cb === "function") process.nextTick(cb as () => void);
      return true;
    }
    streamed = true;
    return write.call(this, stamper.chunk(chunk as string | Uint8Array, enc), cb);
  } as typeof response.write;

  response.end = function (this: Response, ...args: WriteArgs) {
    const [chunk, encoding, callback] = typeof args[0] === "function" ? [undefined, undefined, args[0]] : args;
    const enc = typeof encoding === "string" ? (encoding as BufferEncoding) : undefined;
    const cb = typeof encoding === "function" ? encoding : callback;
    const held = holdIfPrerendered();
    if (held) {
      if (chunk !== undefined && chunk !== null) held.push(toBuffer(chunk, enc));
      return sendWhole(this, Buffer.concat(held).toString("utf8"), true, cb);
    }
    // A page from the cache arrives whole as one string: the fast path.
    if (!streamed && typeof chunk === "string") return sendWhole(this, chunk, false, cb);
    if (chunk === undefined || chunk === null) return end.call(this, stamper.flush() ?? undefined, cb);
    const stamped = stamper.chunk(chunk as string | Uint8Array, enc);
    const rest = stamper.flush();
    return end.call(this, rest ? Buffer.concat([stamped, rest]) : stamped, cb);
  } as typeof response.end;
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array);
}

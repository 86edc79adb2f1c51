// The security headers every response carries, as data (pure: no Node, no Next).
// lib/http/secure-responses.ts sends them; docs/security-headers.md explains them.

import { EMBED_FRAME_ORIGINS } from "../markdown/embed-providers";

export interface SecurityHeaderOptions {
  /** SITE_URL is https: browsers may be told to use nothing else. */
  https: boolean;
  /** Origins a form may send a reader to after posting here (the OAuth providers that are configured). */
  formActionOrigins: readonly string[];
  /** Where readers fetch media when it is served from a public bucket or CDN (S3_PUBLIC_URL), which may be plain http. */
  mediaOrigin?: string;
}

/** Paths whose URLs carry a secret (a token or signed link) that must not leak in a Referer. */
export const TOKEN_PATH_PREFIXES = [
  "/reset-password",
  "/accept-invitation",
  "/preview/",
  "/api/auth/callback/",
  "/login/unlock",
] as const;

const OAUTH_ORIGINS = { github: "https://github.com", google: "https://accounts.google.com" } as const;

export function securityHeaderOptions(config: {
  SITE_URL: string;
  GITHUB_ID?: string;
  GOOGLE_CLIENT_ID?: string;
  S3_PUBLIC_URL?: string;
}): SecurityHeaderOptions {
  const formActionOrigins = [
    ...(config.GITHUB_ID ? [OAUTH_ORIGINS.github] : []),
    ...(config.GOOGLE_CLIENT_ID ? [OAUTH_ORIGINS.google] : []),
  ];
  return {
    https: new URL(config.SITE_URL).protocol === "https:",
    formActionOrigins,
    ...(config.S3_PUBLIC_URL && { mediaOrigin: new URL(config.S3_PUBLIC_URL).origin }),
  };
}

/**
 * The policy for an HTML response whose own scripts carry `nonce`. With
 * 'strict-dynamic' the scripts those load need no allow-list of their own,
 * and any script the page did not mark (one smuggled into content) is refused.
 */
export function contentSecurityPolicy(nonce: string, options: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    // React and Next write style attributes (and the editor sizes its textarea), which only 'unsafe-inline' allows.
    "style-src 'self' 'unsafe-inline'",
    // data: for the two-factor QR code, blob: for an image picked but not yet uploaded.
    ["img-src 'self' https: data: blob:", ...(options.mediaOrigin ? [options.mediaOrigin] : [])].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    // The video players and social networks' embed pages a reader starts from an article's embed facade, and nothing else.
    ["frame-src", ...EMBED_FRAME_ORIGINS].join(" "),
    ["form-action 'self'", ...options.formActionOrigins].join(" "),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The policy when no per-response nonce can be given (Next's cache internals
 * moved, see lib/page-cache): scripts from this site only, inline ones
 * included, so the site keeps working with every other protection in place.
 */
export function contentSecurityPolicyWithoutNonce(options: SecurityHeaderOptions): string {
  return contentSecurityPolicy("", options).replace(/script-src [^;]+/, "script-src 'self' 'unsafe-inline'");
}

// Features the site never uses, switched off for it and anything it embeds.
const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

const TWO_YEARS_SECONDS = 63_072_000;

export function referrerPolicyFor(pathname: string): "no-referrer" | "strict-origin-when-cross-origin" {
  return TOKEN_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix))
    ? "no-referrer"
    : "strict-origin-when-cross-origin";
}

/** Headers for every response, whatever it holds (pages, route handlers, media, _next assets). */
export function everyResponseHeaders(pathname: string, options: SecurityHeaderOptions): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", referrerPolicyFor(pathname)],
    ["Permissions-Policy", PERMISSIONS_POLICY],
    ...(options.https
      ? ([["Strict-Transport-Security", `max-age=${TWO_YEARS_SECONDS}; includeSubDomains`]] as [string, string][])
      : []),
  ];
}

// Which web pages may read the Content API from a browser: the origins an
// admin listed in the settings (contentApiAllowedOrigins), or any with "*".
// Servers send no Origin header and need none of this.

/** Headers a browser script may read besides the simple ones. */
const EXPOSED = "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset";

export function isAllowedOrigin(origin: string | null, allowed: readonly string[]): origin is string {
  return origin !== null && (allowed.includes("*") || allowed.includes(origin.toLowerCase()));
}

/** Headers for an actual request: the origin echoed back when it is allowed, nothing otherwise. */
export function corsHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> {
  if (!isAllowedOrigin(origin, allowed)) return {};
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED };
}

/** Headers for a preflight (OPTIONS): GET with a key in Authorization and a validator, cached by the browser for ten minutes. */
export function preflightHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> {
  if (!isAllowedOrigin(origin, allowed)) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "Authorization, If-None-Match",
    "Access-Control-Max-Age": "600",
  };
}

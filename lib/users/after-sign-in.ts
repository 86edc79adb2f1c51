import { safeCallbackPath } from "../auth/callback-path";

// Where staff go after signing in: a path on this site (lib/auth/callback-path.ts
// refuses other sites), never back to a sign-in or account page, which would
// send a signed-in visitor round in circles.

export const DEFAULT_AFTER_SIGN_IN = "/admin";

const ACCOUNT_PAGES = ["/login", "/forgot-password", "/reset-password", "/accept-invitation"];

export function afterSignInPath(raw: unknown, siteUrl: string): string {
  const path = safeCallbackPath(raw, siteUrl, DEFAULT_AFTER_SIGN_IN);
  const { pathname } = new URL(path, siteUrl);
  return ACCOUNT_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`))
    ? DEFAULT_AFTER_SIGN_IN
    : path;
}

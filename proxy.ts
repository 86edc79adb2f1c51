import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/auth/cookie-names";
import { nonceRequestHeader, scriptNoncePlaceholder } from "./lib/http/script-nonce";

// Runs before every page. Each step returns a response to send at once, or
// nothing to let the request through; the last one forwards it.

export function proxy(request: NextRequest) {
  return adminWithoutSession(request) ?? forwardWithNoncePlaceholder(request);
}

// An optimistic check only: a request for the admin area without any session
// cookie gets a real 307 to the sign-in page before anything renders. Who may
// do what is still decided by every page, action and handler (lib/auth/permissions.ts).
function adminWithoutSession(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login, 307);
}

// Next renders the nonce of the request's Content-Security-Policy header into
// its script tags: the placeholder that every response swaps for its own
// (docs/security-headers.md). A nonce the client sent is never rendered.
function forwardWithNoncePlaceholder(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.delete("content-security-policy-report-only");
  const placeholder = scriptNoncePlaceholder();
  if (placeholder) headers.set("content-security-policy", nonceRequestHeader(placeholder));
  else headers.delete("content-security-policy");
  return NextResponse.next({ request: { headers } });
}

// Everything but build assets, uploaded media and route handlers, which render no HTML.
export const config = { matcher: ["/((?!_next/static|_next/image|media/|api/|favicon\\.ico).*)"] };

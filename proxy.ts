import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/auth/cookie-names";
import { adminGate } from "./lib/http/admin-gate";
import { refuseDeadPreviewLink } from "./lib/http/preview-gate";
import { nonceRequestHeader, scriptNoncePlaceholder } from "./lib/http/script-nonce";

// Runs before every page. Each step returns a response to send at once, or
// nothing to let the request through; the last one forwards it. Statuses are
// decided here because a streamed page has already answered 200. Who may do
// what is still decided again by every page, action and handler
// (lib/auth/permissions.ts).

export async function proxy(request: NextRequest) {
  return adminWithoutSession(request) ?? (await gated(request)) ?? forwardWithNoncePlaceholder(request);
}

function isAdminPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

// A request for the admin area without any session cookie gets a real 307 to
// the sign-in page before anything renders.
function adminWithoutSession(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (!isAdminPath(pathname)) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login, 307);
}

// A dead preview link is a 404; an admin page answers 307 (session ended),
// 403 (page refused) or 503 (database down).
async function gated(request: NextRequest): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/preview/")) return refuseDeadPreviewLink(request);
  if (isAdminPath(pathname)) return adminGate(request);
  return null;
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

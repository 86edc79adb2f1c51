import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/auth/cookie-names";
import { adminGate } from "./lib/http/admin-gate";
import { refuseDeadPreviewLink } from "./lib/http/preview-gate";

// Runs before admin and preview pages only (see the matcher): each step
// returns a response to send at once, or nothing to let the request through.
// Statuses are decided here because a streamed page has already answered 200.
// Who may do what is still decided again by every page, action and handler
// (lib/auth/permissions.ts). Public pages skip it: the script nonce's request
// header is set as the request arrives (lib/http/nonce-request-header.ts).

export async function proxy(request: NextRequest) {
  return adminWithoutSession(request) ?? (await gated(request)) ?? NextResponse.next();
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

export const config = { matcher: ["/admin", "/admin/:path*", "/preview/:path*"] };

import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/auth/cookie-names";
import { adminGate } from "./lib/http/admin-gate";
import { refuseDeadPreviewLink } from "./lib/http/preview-gate";

// Statuses that must be decided before anything streams (a streamed page has
// already answered 200): a dead preview link is a 404; an admin request
// without a session cookie gets a 307 to sign-in, and with one the gate
// answers 307 (session ended), 403 (page refused) or 503 (database down).
// Who may do what is still decided again by every page, action and handler
// (lib/auth/permissions.ts).

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/preview/"))
    return (await refuseDeadPreviewLink(request)) ?? NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name)))
    return (await adminGate(request)) ?? NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login, 307);
}

export const config = { matcher: ["/admin", "/admin/:path*", "/preview/:path*"] };

import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/auth/cookie-names";
import { refuseDeadPreviewLink } from "./lib/http/preview-gate";

// An optimistic check only: a request for the admin area without any session
// cookie gets a real 307 to the sign-in page before anything renders. Who may
// do what is still decided by every page, action and handler (lib/auth/permissions.ts).

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/preview/"))
    return (await refuseDeadPreviewLink(request)) ?? NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login, 307);
}

export const config = { matcher: ["/admin", "/admin/:path*", "/preview/:path*"] };

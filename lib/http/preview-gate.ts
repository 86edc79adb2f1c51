import { NextResponse, type NextRequest } from "next/server";
import { isLivePreviewToken } from "../posts/data/preview";

// /preview/<token> renders on demand and streams, so a dead link found while
// rendering would already have answered 200. The proxy asks first: a forged,
// expired or revoked link, or one to an archived post, gets the site's 404.

const PREVIEW_PATH = /^\/preview\/([^/]{1,300})$/;

/** A rewrite to the 404 page for a dead preview link; null for a live one or any other path. */
export async function refuseDeadPreviewLink(request: NextRequest): Promise<NextResponse | null> {
  const token = PREVIEW_PATH.exec(request.nextUrl.pathname)?.[1];
  if (token === undefined) return null;
  if (await isLivePreviewToken(token)) return null;
  // No route answers this path, so Next serves its prerendered 404 page with a 404 status.
  return NextResponse.rewrite(new URL("/_no-such-page", request.url));
}

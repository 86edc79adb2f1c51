import { NextResponse, type NextRequest } from "next/server";
import { isLivePreviewToken } from "../posts/data/preview";

// /preview/<token> renders on demand and streams, so a dead link found while
// rendering would already have answered 200. The proxy asks first: a forged,
// expired or revoked link, or one to an archived post, gets the site's 404.

/** Base64url payload and signature (lib/posts/preview-token.ts): anything else is dead without a look. */
const PREVIEW_PATH = /^\/preview\/([A-Za-z0-9_-]{1,200}\.[A-Za-z0-9_-]{1,100})$/;

/** For a request under /preview/: null when its link is live, else a rewrite to the 404 page. */
export async function refuseDeadPreviewLink(request: NextRequest): Promise<NextResponse | null> {
  const token = PREVIEW_PATH.exec(request.nextUrl.pathname)?.[1];
  if (token !== undefined && (await isLivePreviewToken(token))) return null;
  // No route answers this path, so Next serves its prerendered 404 page with a 404 status.
  return NextResponse.rewrite(new URL("/_no-such-page", request.url));
}

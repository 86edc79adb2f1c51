import type { NextRequest } from "next/server";
import { isLivePreviewToken } from "../posts/data/preview";
import { statusPageResponse } from "./status-page";

// /preview/<token> renders on demand and streams, so a dead link found while
// rendering would already have answered 200. The proxy asks first: a forged,
// expired or revoked link, or one to an archived post, gets a 404 page of its
// own, which also tells the writer what to do.

/** Base64url payload and signature (lib/posts/preview-token.ts): anything else is dead without a look. */
const PREVIEW_PATH = /^\/preview\/([A-Za-z0-9_-]{1,200}\.[A-Za-z0-9_-]{1,100})$/;

/** For a request under /preview/: null when its link is live, else a 404 page. */
export async function refuseDeadPreviewLink(request: NextRequest): Promise<Response | null> {
  const token = PREVIEW_PATH.exec(request.nextUrl.pathname)?.[1];
  if (token !== undefined && (await isLivePreviewToken(token))) return null;
  return statusPageResponse({
    status: 404,
    lang: "en",
    title: "This preview link no longer works",
    paragraphs: [
      "The link has expired or was revoked, or the post was archived or removed.",
      "Ask the writer for a new preview link.",
    ],
    link: { href: "/", label: "Go to the home page" },
  });
}

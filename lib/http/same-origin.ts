import { Forbidden } from "../errors";

// Route handlers that change state check the Origin header as Next does for
// server actions: the page that sent the request must be this site. Unlike
// Next, a request without Origin is refused too: every browser sends one with
// a cross-site or same-site POST, so only a hand-made request lacks it.

/** The host this request was addressed to, as a reverse proxy forwards it (X-Forwarded-Host) or the Host header. */
function requestHost(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host");
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Throws Forbidden unless the request's Origin is the site itself (its address in SITE_URL, or the host it was sent to). */
export function requireSameOrigin(request: Request, siteUrl: string): void {
  const origin = request.headers.get("origin");
  const host = origin && origin !== "null" ? originHost(origin) : null;
  if (host && (host === requestHost(request) || host === new URL(siteUrl).host)) return;
  throw new Forbidden("This upload did not come from this site's editor, so it was refused.");
}

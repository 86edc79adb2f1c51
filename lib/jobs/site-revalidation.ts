import { log } from "../log";

// Cached pages live in the web server's process; from a timer or another
// process they are dropped through its internal endpoint.

export interface RevalidateTarget {
  /** The site's own address, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  secret: string;
}

/** A failure is logged, not thrown: the work is done, and cached pages expire on their own. */
export async function askSiteToRevalidate(target: RevalidateTarget, postIds: string[]): Promise<void> {
  try {
    const response = await fetch(new URL("/api/internal/revalidate", target.baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${target.secret}`, "content-type": "application/json" },
      body: JSON.stringify({ postIds }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok)
      log.error(`The site refused to drop cached pages for ${postIds.length} post(s): HTTP ${response.status}.`);
  } catch (error) {
    log.error({ err: error }, `Could not reach the site at ${target.baseUrl} to drop cached pages.`);
  }
}

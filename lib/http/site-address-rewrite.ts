import { Server } from "node:http";
import { cachedSearchUrl } from "../search/address";
import { arrivingUrl } from "../site/rewrites";

// Applies the public site's address rewrites (lib/site/rewrites.ts) to each
// page request as it arrives, before Next routes it: Next then finds the
// internal route at once, as if the reader had asked for it. Requests this
// leaves alone still meet the same rules in next.config.ts. The client
// router's own requests (an RSC header: prefetches, navigations) are left to
// Next: it answers them with the rewritten path in a header and checks their
// cache-busting parameter against the URL, and a prefetch rewritten before it
// could hang on a fresh server (content-security-policy.spec.ts).
// A search with words goes to the route that caches its page
// (lib/search/address.ts); the client router's searches render /search.

export function installSiteAddressRewrite(): void {
  const { emit } = Server.prototype;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as { url?: string; headers: Record<string, string | string[] | undefined> };
      const rewritten =
        request.url && !request.headers.rsc ? (cachedSearchUrl(request.url) ?? arrivingUrl(request.url)) : null;
      if (rewritten) request.url = rewritten;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}

import { Server } from "node:http";
import { arrivingUrl } from "../site/rewrites";

// Applies the public site's address rewrites (lib/site/rewrites.ts) to each
// request as it arrives, before Next routes it: Next then finds the internal
// route at once, as if the reader had asked for it. Requests this leaves
// alone still meet the same rules in next.config.ts.

export function installSiteAddressRewrite(): void {
  const { emit } = Server.prototype;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as { url?: string };
      const rewritten = request.url ? arrivingUrl(request.url) : null;
      if (rewritten) request.url = rewritten;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}

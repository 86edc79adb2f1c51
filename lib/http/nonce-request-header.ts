import { Server } from "node:http";
import { nonceRequestHeader } from "./script-nonce";

// Next renders the nonce of the request's Content-Security-Policy header into
// its script tags; every request therefore carries the placeholder (which each
// response swaps for its own nonce, ./secure-responses.ts). Set on the Node
// request as it arrives, before Next reads it: running the proxy on every page
// just to add a header cost the cached article half its throughput. A nonce
// the client sent is never rendered.

export function installNonceRequestHeader(placeholder: string | null): void {
  const value = placeholder ? nonceRequestHeader(placeholder) : null;
  const { emit } = Server.prototype;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const headers = (args[0] as { headers: Record<string, string | string[] | undefined> }).headers;
      delete headers["content-security-policy-report-only"];
      if (value) headers["content-security-policy"] = value;
      else delete headers["content-security-policy"];
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}

import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { log, runWithRequestId } from "../log";
import { metricsIfEnabled } from "../ops/metrics";
import { requestIdFor } from "../ops/request-id";
import { closeIfIdleDuringShutdown, noteServer, shutdownBegun } from "../ops/shutdown";

// Every request as it arrives at the Node server, before Next routes it
// (`next start` has no custom-server hook; lib/http/site-address-rewrite.ts
// uses the same entry): it gets its request id (header both ways, and the
// log context for everything it runs), its duration is measured from here to
// the end of its response when metrics are on, and the server is noted for
// graceful shutdown. An OpenTelemetry tracer would know the route too, but
// makes Next create a dozen spans for every request; this costs a timestamp,
// and one listener when metrics are on.

/** Where Next keeps what it learnt about a request (next/dist/server/request-meta.js); `next` is pinned. */
const NEXT_REQUEST_META = Symbol.for("NextInternalRequestMeta");

type NextMeta = { match?: { definition?: { pathname?: unknown } } };

/**
 * The route pattern Next answered with (/[lang]/articles/[slug]), read when
 * the response has ended; requests that never reached a route (Next's static
 * files, redirects, public files) get a fixed name, so the label set stays bounded.
 */
export function routeOf(request: IncomingMessage): string {
  const pathname = (request as unknown as Record<symbol, NextMeta | undefined>)[NEXT_REQUEST_META]?.match?.definition
    ?.pathname;
  if (typeof pathname === "string") return pathname;
  const url = request.url ?? "";
  if (url.startsWith("/_next/static/")) return "/_next/static";
  if (url.startsWith("/_next/image")) return "/_next/image";
  return "(no route)";
}

function finished(
  request: IncomingMessage,
  response: ServerResponse,
  arrival: { requestId: string; url: string | undefined },
  seconds: number,
): void {
  const route = routeOf(request);
  const status = String(response.statusCode);
  metricsIfEnabled()?.requestDuration.observe({ method: request.method ?? "GET", route, status }, seconds);
  if (!log.isLevelEnabled("debug")) return;
  const path = (arrival.url ?? "").split("?", 1)[0];
  runWithRequestId(arrival.requestId, () =>
    log.debug(
      { method: request.method, path, route, status, ms: Math.round(seconds * 10_000) / 10 },
      "request finished",
    ),
  );
}

export function installRequestObservation(): void {
  const { emit } = Server.prototype;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    const [request, response] = args as [IncomingMessage, ServerResponse];
    noteServer(this);
    const requestId = requestIdFor(request.headers["x-request-id"]);
    // Route handlers and pages read it from the request like any other header.
    request.headers["x-request-id"] = requestId;
    response.setHeader("X-Request-Id", requestId);
    if (shutdownBegun()) response.setHeader("Connection", "close");
    const metrics = metricsIfEnabled();
    const started = metrics || log.isLevelEnabled("debug") ? performance.now() : 0;
    // As the reader asked for it: the site's address rewrite changes request.url on its way to Next.
    const url = request.url;
    response.once("finish", () => {
      // A keep-alive connection would otherwise hold a closing server open until it times out.
      closeIfIdleDuringShutdown(this);
      if (started) finished(request, response, { requestId, url }, (performance.now() - started) / 1000);
    });
    return runWithRequestId(requestId, () => emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>));
  } as typeof Server.prototype.emit;
}

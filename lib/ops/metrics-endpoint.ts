import { createHash, timingSafeEqual } from "node:crypto";
import { metrics } from "./metrics";

// GET /metrics: Prometheus's text format for a scraper holding METRICS_TOKEN
// (`Authorization: Bearer <token>`). Without a configured token there is
// nothing here (404); a missing or wrong token is a 401.

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Compares digests, so neither the token's characters nor its length show in the time taken. */
export function bearerTokenMatches(authorization: string | null, token: string): boolean {
  const given = authorization?.match(/^Bearer +(\S+) *$/i)?.[1];
  return timingSafeEqual(digest(given ?? ""), digest(token)) && given !== undefined;
}

export async function metricsResponse(request: Request, token: string | undefined): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  if (!token) return new Response("Not found\n", { status: 404, headers });
  if (!bearerTokenMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { ...headers, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { ...headers, "Content-Type": registry.contentType } });
}

import "server-only";
import { NotFound, Unauthenticated } from "../errors";
import { afterResponse } from "../http/after-response";
import { errorResponse } from "../http/error-response";
import { hit } from "../throttle/data/counters";
import { getAllowedOriginsCached } from "./cached";
import { corsHeaders, preflightHeaders } from "./cors";
import { findKeyBySecret, noteKeyUsed, type PresentedKey } from "./data/key-check";
import { etagOf, matchesIfNoneMatch } from "./etag";
import { looksLikeKeySecret } from "./key-secret";

// What every Content API route handler runs: CORS for the origins an admin
// allowed, the key (401), its rate limit (429), then the answer as JSON with
// an ETag, or 304 when the client already has it. Route handlers only say
// which query answers (app/api/content/v1/…).

const RATE_WINDOW_MS = 60_000;

/** Answers are per key, so only the client's own cache may keep them, and it must ask again each time (If-None-Match). */
const CACHE_CONTROL = "private, no-cache";

export type ApiQuery = Record<string, string>;

function secretOf(request: Request, url: URL): string | null {
  const header = request.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? url.searchParams.get("key");
}

async function presentedKey(request: Request, url: URL): Promise<PresentedKey> {
  const secret = secretOf(request, url);
  if (!secret) throw new Unauthenticated("Send a Content API key: Authorization: Bearer <key>, or ?key=<key>.");
  const key = looksLikeKeySecret(secret) ? await findKeyBySecret(secret) : null;
  if (!key) throw new Unauthenticated("This Content API key is not recognised.");
  if (key.revoked) throw new Unauthenticated("This Content API key has been revoked.");
  return key;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export async function serveContentApi(
  request: Request,
  produce: (query: ApiQuery) => Promise<unknown>,
): Promise<Response> {
  let shared: Record<string, string> = { Vary: "Origin, Authorization" };
  try {
    const origin = request.headers.get("origin");
    if (origin) shared = { ...shared, ...corsHeaders(origin, await getAllowedOriginsCached()) };
    const url = new URL(request.url);
    const key = await presentedKey(request, url);
    const counted = await hit(`content-api:${key.id}`, { limit: key.requestsPerMinute, windowMs: RATE_WINDOW_MS });
    shared = {
      ...shared,
      "RateLimit-Limit": String(key.requestsPerMinute),
      "RateLimit-Remaining": String(Math.max(0, key.requestsPerMinute - counted.hits)),
      "RateLimit-Reset": String(counted.retryAfterSeconds),
    };
    if (!counted.allowed) {
      return Response.json(
        {
          error: `This key may make ${key.requestsPerMinute} requests a minute. Try again in ${counted.retryAfterSeconds} s.`,
        },
        {
          status: 429,
          headers: { ...shared, "Retry-After": String(counted.retryAfterSeconds), "Cache-Control": "no-store" },
        },
      );
    }
    await afterResponse(() => noteKeyUsed(key));
    const body = JSON.stringify(await produce(Object.fromEntries(url.searchParams)));
    const etag = etagOf(body);
    const headers = { ...shared, ETag: etag, "Cache-Control": CACHE_CONTROL };
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
      return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  } catch (error) {
    const response = withHeaders(errorResponse(error), { ...shared, "Cache-Control": "no-store" });
    if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="content-api"');
    return response;
  }
}

/** The answer to a browser's CORS preflight: permission for the allowed origins, none for the rest. */
export async function preflight(request: Request): Promise<Response> {
  try {
    const origin = request.headers.get("origin");
    const allowed = origin ? preflightHeaders(origin, await getAllowedOriginsCached()) : {};
    return new Response(null, { status: 204, headers: { Vary: "Origin", ...allowed } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** The item, or a 404 in the API's error shape. */
export function found<T>(item: T | null, what: string): T {
  if (item === null) throw new NotFound(`No published ${what} has this slug.`);
  return item;
}

import "server-only";
import { Conflict, Unauthenticated, ValidationError } from "../errors";
import { afterResponse } from "../http/after-response";
import { errorResponse } from "../http/error-response";
import { hit } from "../throttle/data/counters";
import { noteTokenUsed, type TokenUse, viewerForToken } from "./data/token-check";
import { ADMIN_API_REQUESTS_PER_MINUTE } from "./schema";

// What every Admin API route handler runs: the token (401), its rate limit
// (429), then the endpoint as the token's viewer, answered as JSON. Only the
// Authorization header counts: a session cookie sent along is ignored, so a
// page on another site cannot make a signed-in admin's browser write through
// this API (no CSRF), and a token never travels in a URL that logs keep.

const RATE_WINDOW_MS = 60_000;
const LIMIT = ADMIN_API_REQUESTS_PER_MINUTE;

export type TokenViewer = TokenUse["viewer"];

/** An endpoint's answer: the body (sent as JSON), and 200 unless it says otherwise. */
export interface ApiAnswer {
  status?: number;
  body: unknown;
}

function bearerOf(request: Request): string {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!bearer) throw new Unauthenticated("Send an Admin API token: Authorization: Bearer <token>.");
  return bearer;
}

function failure(error: unknown, headers: Record<string, string>): Response {
  const response = errorResponse(error);
  const out =
    error instanceof Conflict && error.current !== undefined
      ? // What is stored now, for the client to merge with before trying again.
        Response.json({ error: error.message, current: error.current }, { status: 409 })
      : response;
  for (const [name, value] of Object.entries({ ...headers, "Cache-Control": "no-store" })) out.headers.set(name, value);
  if (out.status === 401) out.headers.set("WWW-Authenticate", 'Bearer realm="admin-api"');
  return out;
}

export async function serveAdminApi(
  request: Request,
  endpoint: (viewer: TokenViewer) => Promise<ApiAnswer>,
): Promise<Response> {
  let headers: Record<string, string> = {};
  try {
    const use = await viewerForToken(bearerOf(request));
    const counted = await hit(`admin-api:${use.viewer.apiToken.id}`, { limit: LIMIT, windowMs: RATE_WINDOW_MS });
    headers = {
      "RateLimit-Limit": String(LIMIT),
      "RateLimit-Remaining": String(Math.max(0, LIMIT - counted.hits)),
      "RateLimit-Reset": String(counted.retryAfterSeconds),
    };
    if (!counted.allowed) {
      return Response.json(
        { error: `A token may make ${LIMIT} requests a minute. Try again in ${counted.retryAfterSeconds} s.` },
        {
          status: 429,
          headers: { ...headers, "Retry-After": String(counted.retryAfterSeconds), "Cache-Control": "no-store" },
        },
      );
    }
    await afterResponse(() => noteTokenUsed(use));
    const { status = 200, body } = await endpoint(use.viewer);
    return Response.json(body, { status, headers: { ...headers, "Cache-Control": "no-store" } });
  } catch (error) {
    return failure(error, headers);
  }
}

/** The request's JSON body ({} when there is none); a 422 when it is not JSON (the schemas then say what each field needs). */
export async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("Send the request body as JSON (Content-Type: application/json).");
  }
}

import { db } from "../../lib/db";
import { newKeySecret } from "../../lib/content-api/key-secret";

// Content API keys and requests for integration tests: a key row as the admin
// page would make it, and a GET of a route handler as a client would send it.

export async function makeApiKey(data: { requestsPerMinute?: number; revoked?: boolean } = {}) {
  const { secret, prefix, secretHash } = newKeySecret();
  const key = await db.contentApiKey.create({
    data: {
      name: `Key ${prefix}`,
      prefix,
      secretHash,
      requestsPerMinute: data.requestsPerMinute ?? 10_000,
      revokedAt: data.revoked ? new Date() : null,
    },
  });
  return { ...key, secret };
}

type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

/** GETs `path` (with its query) from a route handler; `slug` fills the route's [slug]. */
export async function apiGet(
  handler: Handler,
  path: string,
  { key, headers = {}, slug = "" }: { key?: string; headers?: Record<string, string>; slug?: string } = {},
): Promise<Response> {
  const request = new Request(`http://localhost:3000/api/content/v1${path}`, {
    headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers },
  });
  return handler(request, { params: Promise.resolve({ slug }) });
}

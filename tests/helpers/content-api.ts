import { expect } from "vitest";
import type { ApiList, ApiPostSummary } from "../../lib/content-api/dto";
import { newKeySecret } from "../../lib/content-api/key-secret";
import { db } from "../../lib/db";

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

/** Reads with one key: a 200's JSON, and a whole list followed through its cursors. */
export function apiReader(key: string) {
  async function getJson<T = ApiList<ApiPostSummary>>(handler: Handler, path: string, slug = ""): Promise<T> {
    const response = await apiGet(handler, path, { key, slug });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  }

  /** Every item of a list, following nextCursor to the end; also how many pages it took. */
  async function walk<T extends { slug: string }>(handler: Handler, path: string) {
    const items: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const joiner = path.includes("?") ? "&" : "?";
      const page: ApiList<T> = await getJson(handler, cursor ? `${path}${joiner}cursor=${cursor}` : path);
      items.push(...page.data);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    return { slugs: items.map((i) => i.slug), items, pages };
  }

  return { getJson, walk };
}

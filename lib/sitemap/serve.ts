import "server-only";
import { renderSitemapCached } from "./cached";

// What the sitemap route handlers call: the cached text as an HTTP answer.

/** /sitemap.xml without a file, /sitemaps/<file> with one. */
export async function serveSitemap(file?: string): Promise<Response> {
  return sitemapResponse(await renderSitemapCached(file));
}

export function sitemapResponse(body: string | null): Response {
  if (body === null)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
}

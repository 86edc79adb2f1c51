import "server-only";
import { mediaStorage } from "./storage";

const NOSNIFF = { "X-Content-Type-Options": "nosniff" } as const;

/**
 * The response for /media/<mediaId>/<file>. A stored file never changes under
 * its key (a new upload gets a new id), so browsers and CDNs may keep it for good.
 */
export async function serveStoredFile(segments: string[]): Promise<Response> {
  const file = await mediaStorage().get(segments.join("/"));
  if (!file)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...NOSNIFF },
    });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      ...NOSNIFF,
    },
  });
}

import "server-only";
import { dispositionForStoredFile } from "./sniff";
import { mediaStorage } from "./storage";

const NOSNIFF = { "X-Content-Type-Options": "nosniff" } as const;

/**
 * The response for /media/<mediaId>/<file>. A stored file never changes under
 * its key (a new upload gets a new id), so browsers and CDNs may keep it for good.
 * Documents carry a Content-Disposition: Word, Excel and CSV files download
 * rather than open in the site's origin; a PDF opens in the browser's viewer.
 * The name in it is the stored one, which storage keys keep to [a-z0-9-].
 */
export async function serveStoredFile(segments: string[]): Promise<Response> {
  const file = await mediaStorage().get(segments.join("/"));
  if (!file)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...NOSNIFF },
    });
  const name = segments.at(-1)!;
  const disposition = dispositionForStoredFile(name);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      ...(disposition && { "Content-Disposition": `${disposition}; filename="${name}"` }),
      "Content-Length": String(file.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      ...NOSNIFF,
    },
  });
}

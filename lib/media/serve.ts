import "server-only";
import { MediaStorageUnavailable } from "../errors";
import { publicAddressOfKey } from "./public-url";
import { dispositionForStoredFile } from "./sniff";
import { mediaStorage } from "./storage";

const NOSNIFF = { "X-Content-Type-Options": "nosniff" } as const;
const TEXT = { "Content-Type": "text/plain; charset=utf-8", ...NOSNIFF } as const;

/**
 * The response for /media/<mediaId>/<file>. A stored file never changes under
 * its key (a new upload gets a new id), so browsers and CDNs may keep it for good.
 * Documents carry a Content-Disposition: Word, Excel and CSV files download
 * rather than open in the site's origin; a PDF opens in the browser's viewer.
 * The name in it is the stored one, which storage keys keep to [a-z0-9-].
 *
 * With a public bucket address (S3_PUBLIC_URL) the site sends readers there,
 * for the stored addresses that pages do not rewrite (links in old feeds and
 * mails, a logo). A temporary redirect, cached a day, so turning the setting
 * off again takes effect.
 */
export async function serveStoredFile(segments: string[]): Promise<Response> {
  const key = segments.join("/");
  const publicAddress = publicAddressOfKey(key);
  if (publicAddress) {
    return new Response(null, {
      status: 302,
      headers: { Location: publicAddress, "Cache-Control": "public, max-age=86400", ...NOSNIFF },
    });
  }
  let file;
  try {
    file = await mediaStorage().get(key);
  } catch (error) {
    // The store has logged why; the reader gets an answer worth retrying.
    if (error instanceof MediaStorageUnavailable)
      return new Response("Media storage unavailable", { status: 503, headers: { ...TEXT, "Retry-After": "5" } });
    throw error;
  }
  if (!file) return new Response("Not found", { status: 404, headers: TEXT });
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

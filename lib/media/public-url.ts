import "server-only";
import { env } from "../env";
import { publicObjectUrl, s3Settings } from "./s3-config";
import { isStorageKey } from "./storage-contract";

// Stored content always names media by its site address, "/media/<key>"
// (post bodies, heroes, branding): that never changes with where the files
// live. With S3_PUBLIC_URL set, what readers are sent (pages, feeds, share
// images, the Content API) names the public bucket or CDN instead, and
// /media/ redirects there for any address this misses.

const MEDIA_PATH = /^\/media\/([^/?#]+\/[^/?#]+)$/;

/** The public address of a stored file, or null when readers go through the site. */
export function publicAddressOfKey(key: string): string | null {
  const s3 = s3Settings(env());
  return s3 && isStorageKey(key) ? publicObjectUrl(s3, key) : null;
}

/** "/media/<key>" as readers should fetch it; any other address is returned as it is. */
export function readerMediaUrl(url: string): string {
  const key = MEDIA_PATH.exec(url)?.[1];
  return (key && publicAddressOfKey(key)) ?? url;
}

/** A srcset ("<url> 640w, <url> 960w") with each candidate's address as readers should fetch it. */
export function readerSrcset(srcset: string): string {
  return srcset.replace(/(^|,\s*)(\/media\/[^\s,]+)/g, (_, lead: string, url: string) => lead + readerMediaUrl(url));
}

/**
 * Stored article HTML with its media addresses as readers should fetch them.
 * The HTML is our own sanitized output, whose attributes are always quoted
 * with ", so `="/media/…"` can only be an attribute's value.
 */
export function readerMediaHtml(html: string): string {
  if (!s3Settings(env())?.publicUrl) return html;
  return html.replace(
    /(="|,\s)(\/media\/[A-Za-z0-9_-]+\/[A-Za-z0-9_.-]+)/g,
    (_, lead: string, url: string) => lead + readerMediaUrl(url),
  );
}

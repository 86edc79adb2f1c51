import { escapeXml } from "../xml";
import type { S3Settings } from "./s3-config";
import { isStorageKey } from "./storage-contract";

// Stored content always names media by its site address, "/media/<key>"
// (post bodies, heroes, branding): that never changes with where the files
// live. With a public bucket or CDN address (S3_PUBLIC_URL), what readers are
// sent names that address instead. Pure: lib/media/public-url.ts supplies
// the settings.

export type PublicMedia = Pick<S3Settings, "publicUrl" | "keyPrefix"> | null;

const MEDIA_PATH = /^\/media\/([^/?#]+\/[^/?#]+)$/;

/** Where a reader fetches the stored file under `key`, or null when readers go through the site. */
export function publicAddressOf(settings: PublicMedia, key: string): string | null {
  if (!settings?.publicUrl || !isStorageKey(key)) return null;
  return `${settings.publicUrl}/${settings.keyPrefix}${key}`;
}

/** "/media/<key>" as readers should fetch it; any other address is returned as it is. */
export function readerUrl(settings: PublicMedia, url: string): string {
  const key = MEDIA_PATH.exec(url)?.[1];
  return (key && publicAddressOf(settings, key)) || url;
}

/** A srcset ("<url> 640w, <url> 960w") with each candidate's address as readers should fetch it. */
export function readerSrcsetOf(settings: PublicMedia, srcset: string): string {
  if (!settings?.publicUrl) return srcset;
  return srcset.replace(
    /(^|,\s*)(\/media\/[^\s,]+)/g,
    (_, lead: string, url: string) => lead + readerUrl(settings, url),
  );
}

/**
 * Stored article HTML with the media addresses in its src and href attributes
 * as readers should fetch them. The HTML is our own sanitized output, where a
 * "<" in text is always escaped, so every "<…>" is a tag; an attribute value
 * holding ">" ends the match early, and what it misses still works through
 * the site's redirect. The address written in is escaped as an attribute
 * value, so the configured public URL can never end the attribute early.
 */
export function readerHtmlOf(settings: PublicMedia, html: string): string {
  if (!settings?.publicUrl) return html;
  return html.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag.replace(
      /(\s(?:src|href)=")(\/media\/[^"]+)(?=")/g,
      (_, lead: string, url: string) => lead + escapeXml(readerUrl(settings, url)),
    ),
  );
}

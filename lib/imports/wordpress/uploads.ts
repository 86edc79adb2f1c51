import { readFile, stat } from "node:fs/promises";
import path from "node:path";

// Where an image the export names lies in a copy of the old site's
// wp-content/uploads folder. Nothing is ever downloaded: an image that is
// not in the folder (or one on another site) is reported missing and the
// post links to where it was.

const UPLOADS = "/wp-content/uploads/";
/** WordPress's resized copies: garden-1024x768.jpg beside garden.jpg. */
const SIZE_SUFFIX = /-\d{1,5}x\d{1,5}(?=\.[a-z0-9]+$)/i;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i;

/**
 * The image's path inside the uploads folder ("2019/03/garden.jpg"), or null
 * when the address is not an upload of the exported site.
 */
export function uploadPathOf(address: string, siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(address, siteUrl || "http://wordpress.invalid");
  } catch {
    return null;
  }
  const site = siteUrl ? new URL(siteUrl) : null;
  // A relative address is the site's own; an absolute one only on the site's host (with or without www.).
  const bare = (host: string) => host.replace(/^www\./, "");
  if (site && bare(url.hostname) !== bare(site.hostname)) return null;
  const at = url.pathname.indexOf(UPLOADS);
  if (at < 0) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(at + UPLOADS.length));
  } catch {
    return null;
  }
  const normal = path.posix.normalize(relative);
  if (normal.startsWith("..") || normal.startsWith("/") || normal.includes("\0") || !IMAGE_FILE.test(normal)) {
    return null;
  }
  return normal;
}

/** The full-size original first (where the address names a resized copy), then the file as named. */
export function uploadCandidates(relative: string): string[] {
  return [...new Set([relative.replace(SIZE_SUFFIX, ""), relative])];
}

export interface UploadsFolder {
  /** The file to import for an upload path: the full-size original where WordPress kept one beside a resized copy. */
  find(relative: string): Promise<{ relative: string; file: string } | null>;
  read(file: string): Promise<Buffer>;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

export function uploadsFolder(root: string): UploadsFolder {
  const base = path.resolve(root);
  const inside = (relative: string) => {
    const file = path.resolve(base, relative);
    return file.startsWith(base + path.sep) ? file : null;
  };
  return {
    async find(relative) {
      for (const candidate of uploadCandidates(relative)) {
        const file = inside(candidate);
        if (file && (await isFile(file))) return { relative: candidate, file };
      }
      return null;
    },
    read: (file) => readFile(file),
  };
}

/** Every image address in a post's HTML (and its shortcodes), in order. */
export function imageAddressesIn(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => (m[1] ?? m[2])!.trim());
}

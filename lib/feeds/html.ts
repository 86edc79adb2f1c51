// Feed readers show articles away from the site: relative links in the
// stored HTML would resolve against the reader's address, not ours.

// A start tag as our serializer writes it: double-quoted values (which may
// hold ">" but never a bare '"'). Text always has "<" escaped, so a match is a tag.
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'=<>`/]+(?:="[^"]*")?)*\s*\/?>/g;
const URL_ATTRIBUTE = /(\s(?:href|src))="(\/(?!\/)[^"]*|#[^"]*)"/g;

/**
 * Makes root-relative (`/images/a.svg`) and fragment (`#note-1`) href/src
 * values absolute, inside tags only: `href="/x"` written in a code sample
 * stays as written. Protocol-relative and absolute URLs are left alone.
 */
export function absolutizeHtml(html: string, siteUrl: string, pageUrl: string): string {
  const origin = siteUrl.replace(/\/+$/, "");
  return html.replace(START_TAG, (tag) =>
    tag.replace(
      URL_ATTRIBUTE,
      (_, attr: string, value: string) => `${attr}="${value.startsWith("#") ? pageUrl : origin}${value}"`,
    ),
  );
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

/** The media type an image URL's extension implies; null when unknown (RSS enclosures need one). */
export function imageType(url: string): string | null {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (ext && IMAGE_TYPES[ext]) ?? null;
}

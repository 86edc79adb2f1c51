// Cached pages as pure-ASCII HTML that means exactly the same to a browser.
//
// Node measures (Buffer.byteLength) and transcodes a response string to UTF-8
// on every request. V8 keeps a string one byte per character only while every
// character fits in Latin-1, so a single curly quote makes the whole 60 KB
// article two bytes per character: measuring it took about 40 µs per request
// in the server and encoding it 100–150 µs timed on its own, against about 1
// and 10–20 µs for the same page one byte per character. Spelling the other
// characters as escapes keeps the cached copy one byte per character: the text
// and the markup the browser builds are unchanged.

// Where character references are not decoded, each language has its own escape:
// JavaScript/JSON string escapes in <script>, CSS escapes in <style>.
const ESCAPE_POINTS = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|[^\x00-\x7f]/giu;
// Raw-text elements whose content neither way can express.
const UNESCAPABLE = /<(?:xmp|plaintext|noembed|noframes)\b/i;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, "0");

/**
 * The document with every non-ASCII character escaped, as a one-byte string,
 * or `null` when it holds a raw-text element that cannot be escaped.
 */
export function toAsciiHtml(html: string): string | null {
  if (UNESCAPABLE.test(html)) return null;
  const ascii = html.replace(ESCAPE_POINTS, (match: string, element: string | undefined) => {
    if (!element) return `&#x${hex(match.codePointAt(0)!, 1)};`;
    // Per UTF-16 unit: a pair of \u escapes is how JavaScript and JSON spell astral characters.
    if (element.toLowerCase() === "script")
      return match.replace(/[^\x00-\x7f]/g, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
    // Six hex digits end a CSS escape without a following space.
    return match.replace(/[^\x00-\x7f]/gu, (c) => `\\${hex(c.codePointAt(0)!, 6)}`);
  });
  // replace() keeps the two-byte storage of its input; a round trip through
  // Latin-1 (lossless for ASCII) gives V8's one-byte form.
  return Buffer.from(ascii, "latin1").toString("latin1");
}

// A cached search's key (lib/search/address.ts) as one path segment of
// search/[key]: the canonical query string in base64url. The query string is
// ASCII (URLSearchParams percent-encodes the rest), and base64url has no "/",
// "%" or "=" for Next to decode or split on the way to the route. No imports:
// the language switch decodes it in the browser too.

/** The path segment for a search key ("q=damp" → "cT1kYW1w"). */
export function searchKeySegment(key: string): string {
  return btoa(key).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The search key a segment names, or null unless the segment is exactly how searchKeySegment spells one. */
export function searchKeyFromSegment(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return null;
  let key: string;
  try {
    key = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
  return searchKeySegment(key) === segment ? key : null;
}

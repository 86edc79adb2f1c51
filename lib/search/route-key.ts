// The key of a cached search (lib/search/address.ts) as the route's segment
// holds it: Next may hand it over still percent-encoded ("q%3Ddamp") or
// decoded ("q=damp"). A key always contains "=", so one without it is still
// encoded. No imports: the language switch runs it in the browser too.

/** The search key a search/[key] segment names, or null when it cannot be decoded. */
export function searchKeyFromSegment(segment: string): string | null {
  if (segment.includes("=")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

import { z } from "zod";

// The old site's addresses, as the legacy route receives them from the
// rewrites in lib/site/legacy-rewrites.ts: a post or page by slug
// (/<slug>/, /YYYY/MM/DD/<slug>/, /YYYY/MM/<slug>/) or by WordPress id
// (/?p=<id>, /?page_id=<id>), a category, a tag or an author by slug.

const slug = z.string().trim().min(1).max(200);

export const legacyLookupSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("slug"), slug }),
  z.object({ kind: z.literal("id"), id: z.string().regex(/^[0-9]{1,19}$/) }),
  z.object({ kind: z.enum(["category", "tag", "author"]), slug }),
]);

export type LegacyLookup = z.output<typeof legacyLookupSchema>;

/** The lookup a legacy route's path names (/api/legacy/wordpress/<kind>/<value>), or null for anything else. */
export function legacyLookupOf(kind: string, value: string): LegacyLookup | null {
  const parsed = legacyLookupSchema.safeParse(kind === "id" ? { kind, id: value } : { kind, slug: value });
  return parsed.success ? parsed.data : null;
}

/** A slug as WordPress may have spelled it in an address: as written, decoded, and percent-encoded. */
export function slugSpellings(value: string): string[] {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // a stray % is kept as written
  }
  const lower = decoded.toLowerCase();
  return [...new Set([value, lower, encodeURIComponent(lower).toLowerCase()])];
}

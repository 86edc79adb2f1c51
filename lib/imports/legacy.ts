import { z } from "zod";

// The old site's addresses, as the legacy routes receive them from the
// rewrites in lib/site/legacy-rewrites.ts. WordPress's: a post or page by
// slug (/<slug>/, /YYYY/MM/DD/<slug>/, /YYYY/MM/<slug>/) or by id (/?p=<id>,
// /?page_id=<id>), a category, a tag or an author by slug. Blogger's: a post
// or page by its path (/YYYY/MM/<name>.html, /p/<name>.html), a label.

const slug = z.string().trim().min(1).max(200);

export const legacyLookupSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("slug"), slug }),
  z.object({ kind: z.literal("id"), id: z.string().regex(/^[0-9]{1,19}$/) }),
  z.object({ kind: z.enum(["category", "tag", "author", "label"]), slug }),
  z.object({
    kind: z.literal("path"),
    path: z
      .string()
      .max(300)
      .regex(/^(?:\/[0-9]{4}\/[0-9]{2}|\/p)\/[^/]+\.html$/),
  }),
]);

export type LegacyLookup = z.output<typeof legacyLookupSchema>;

/** The lookup a legacy route's path names (/api/legacy/wordpress/<kind>/<value>), or null for anything else. */
export function legacyLookupOf(kind: string, value: string): LegacyLookup | null {
  const parsed = legacyLookupSchema.safeParse(kind === "id" ? { kind, id: value } : { kind, slug: value });
  return parsed.success ? parsed.data : null;
}

/** The lookup a Blogger legacy route's path names (/api/legacy/blogger/<kind>/<segments…>), or null. */
export function bloggerLookupOf(kind: string, segments: readonly string[]): LegacyLookup | null {
  const value = kind === "path" ? { kind, path: `/${segments.join("/")}` } : { kind, slug: segments.join("/") };
  const parsed = legacyLookupSchema.safeParse(kind === "path" || kind === "label" ? value : null);
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

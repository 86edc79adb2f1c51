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

/** The lookup a legacy route's query names, or null for anything else. */
export function legacyLookupOf(query: URLSearchParams): LegacyLookup | null {
  const id = query.get("post") ?? query.get("page_id");
  const category = query.get("category");
  const candidate = id
    ? { kind: "id", id }
    : query.get("slug")
      ? { kind: "slug", slug: query.get("slug") }
      : category
        ? { kind: "category", slug: category }
        : query.get("tag")
          ? { kind: "tag", slug: query.get("tag") }
          : { kind: "author", slug: query.get("author") };
  const parsed = legacyLookupSchema.safeParse(candidate);
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

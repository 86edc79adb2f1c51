import { z } from "zod";
import { SLUG_PATTERN } from "./text/slug";

// Inputs shared by several domains' routes and forms.

/** The N of /…/page/N (what `?page=N` is rewritten to) on every public listing: page 1 is the bare listing URL. */
export const listingPageSchema = z.coerce.number().int().min(2).max(100_000);

// The admin forms for sections, tags, series and contributors share these.

export const recordIdSchema = z.string().trim().min(1, "Missing record id");

export const nameSchema = (what: string) =>
  z.string().trim().min(1, `Enter a ${what}`).max(80, `Keep the ${what} under 80 characters`);

export const slugInputSchema = z
  .string()
  .trim()
  .max(80, "Keep the slug under 80 characters")
  .refine(
    (value) => value === "" || SLUG_PATTERN.test(value),
    "Use lower-case letters, digits and single hyphens, e.g. social-housing",
  )
  .default("");

export const descriptionSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep the description under ${max.toLocaleString("en-GB")} characters`)
    .default("");

export const deleteByIdSchema = z.object({ id: recordIdSchema });

// Arguments of the 'use cache' readers. Next registers each of those as a
// server reference any anonymous caller can invoke with any values, so they
// check their arguments themselves; a value that fails reads as "not found".

/** A public slug: never a filter object, never unbounded. */
export const publicSlugSchema = z.string().max(200).regex(SLUG_PATTERN);

/** A record id as Prisma's cuid() writes it. */
export const publicIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/);

/** A page of a public listing or thread; far past any real archive is still "no such page". */
export const publicPageSchema = z.number().int().min(1).max(100_000);

/** The parsed value, or null for anything else. */
export function parseOrNull<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

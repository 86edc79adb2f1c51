import { z } from "zod";

/** Post.headings as the Markdown pipeline stores it; anything else reads as "no headings". */
export const storedHeadingsSchema = z
  .array(z.object({ depth: z.union([z.literal(2), z.literal(3)]), id: z.string(), text: z.string() }))
  .catch([]);

/**
 * Markdown as a writer submits it. PostgreSQL text cannot hold NUL, and
 * CommonMark reads it as U+FFFD anyway, so it is replaced at the boundary.
 */
export const markdownSourceSchema = z
  .string()
  .max(1_000_000, "is longer than 1,000,000 characters")
  .transform((text) => text.replace(/\u0000/g, "\uFFFD"));

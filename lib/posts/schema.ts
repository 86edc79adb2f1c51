import { z } from "zod";

/** Post.headings as the Markdown pipeline stores it; anything else reads as "no headings". */
export const storedHeadingsSchema = z
  .array(z.object({ depth: z.union([z.literal(2), z.literal(3)]), id: z.string(), text: z.string() }))
  .catch([]);

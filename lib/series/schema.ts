import { z } from "zod";
import { descriptionSchema, nameSchema, recordIdSchema, slugInputSchema } from "../schemas";

// Inputs of the series management form. An empty slug means "derive it from
// the title"; the mutations do that and report a clash.

export const seriesCreateSchema = z.object({
  title: nameSchema("title"),
  slug: slugInputSchema,
  /** Markdown, rendered with the article profile as imported series are. */
  description: descriptionSchema(5_000),
  language: z.enum(["en-GB", "nl-NL"], "Choose English or Dutch").default("en-GB"),
});
export const seriesUpdateSchema = seriesCreateSchema.extend({ id: recordIdSchema });

export type SeriesCreateInput = z.output<typeof seriesCreateSchema>;
export type SeriesUpdateInput = z.output<typeof seriesUpdateSchema>;

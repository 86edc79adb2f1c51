import { z } from "zod";
import { descriptionSchema, nameSchema, recordIdSchema, slugInputSchema } from "../schemas";

// Inputs of the series management form. An empty slug means "derive it from
// the title"; the mutations do that and report a clash.

const MAX_PLANNED_PARTS = 500;
const PLANNED_PARTS_MESSAGE = `Enter a whole number of parts from 1 to ${MAX_PLANNED_PARTS}, or leave it empty for an open-ended series`;

const plannedPartsSchema = z
  .number(PLANNED_PARTS_MESSAGE)
  .int(PLANNED_PARTS_MESSAGE)
  .min(1, PLANNED_PARTS_MESSAGE)
  .max(MAX_PLANNED_PARTS, PLANNED_PARTS_MESSAGE)
  .nullable();

/** A number field's text as a number; left empty (or absent) it is null. */
function blankAsNull(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  return value.trim() === "" ? null : Number(value);
}

export const seriesCreateSchema = z.object({
  title: nameSchema("title"),
  slug: slugInputSchema,
  /** Markdown, rendered with the article profile as imported series are. */
  description: descriptionSchema(5_000),
  language: z.enum(["en-GB", "nl-NL"], "Choose English or Dutch").default("en-GB"),
  /** Empty means open-ended: no "of N" on the parts. */
  plannedParts: z
    .preprocess(blankAsNull, plannedPartsSchema)
    .optional()
    .transform((value) => value ?? null),
});
export const seriesUpdateSchema = seriesCreateSchema.extend({ id: recordIdSchema });

export type SeriesCreateInput = z.output<typeof seriesCreateSchema>;
export type SeriesUpdateInput = z.output<typeof seriesUpdateSchema>;

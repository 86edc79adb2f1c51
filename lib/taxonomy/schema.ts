import { z } from "zod";
import { descriptionSchema, nameSchema, recordIdSchema, slugInputSchema } from "../schemas";

// Inputs of the section and tag management forms. An empty slug means
// "derive it from the name"; the mutations do that and report a clash.

export const sectionCreateSchema = z.object({
  name: nameSchema("name"),
  slug: slugInputSchema,
  description: descriptionSchema(300),
});
export const sectionUpdateSchema = sectionCreateSchema.extend({ id: recordIdSchema });
export const sectionMoveSchema = z.object({ id: recordIdSchema, direction: z.enum(["up", "down"]) });

export const tagCreateSchema = z.object({ name: nameSchema("name"), slug: slugInputSchema });
export const tagUpdateSchema = tagCreateSchema.extend({ id: recordIdSchema });
export const tagMergeSchema = z.object({
  sourceId: recordIdSchema,
  targetSlug: z.string().trim().min(1, "Enter the slug of the tag to merge into"),
});
export const tagListSchema = z.object({
  q: z.string().trim().max(80).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type SectionCreateInput = z.output<typeof sectionCreateSchema>;
export type SectionUpdateInput = z.output<typeof sectionUpdateSchema>;
export type SectionMoveInput = z.output<typeof sectionMoveSchema>;
export type TagCreateInput = z.output<typeof tagCreateSchema>;
export type TagUpdateInput = z.output<typeof tagUpdateSchema>;
export type TagMergeInput = z.output<typeof tagMergeSchema>;
export type TagListInput = z.output<typeof tagListSchema>;

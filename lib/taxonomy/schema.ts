import { z } from "zod";
import { SLUG_PATTERN } from "../posts/slug";

// Inputs of the section and tag management forms, and the pieces the series
// and contributor forms share with them. An empty slug means "derive it from
// the name"; the mutations do that and report a clash.

export const recordIdSchema = z.string().trim().min(1, "Missing record id");

export const nameSchema = (what: string) =>
  z.string().trim().min(1, `Enter a ${what}`).max(80, `Keep the ${what} under 80 characters`);

export const slugInputSchema = z
  .string()
  .trim()
  .max(80, "Keep the slug under 80 characters")
  .refine((value) => value === "" || SLUG_PATTERN.test(value), "Use lower-case letters, digits and single hyphens, e.g. social-housing")
  .default("");

export const descriptionSchema = (max: number) => z.string().trim().max(max, `Keep the description under ${max.toLocaleString("en-GB")} characters`).default("");

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

export const deleteByIdSchema = z.object({ id: recordIdSchema });

export type SectionCreateInput = z.output<typeof sectionCreateSchema>;
export type SectionUpdateInput = z.output<typeof sectionUpdateSchema>;
export type SectionMoveInput = z.output<typeof sectionMoveSchema>;
export type TagCreateInput = z.output<typeof tagCreateSchema>;
export type TagUpdateInput = z.output<typeof tagUpdateSchema>;
export type TagMergeInput = z.output<typeof tagMergeSchema>;
export type TagListInput = z.output<typeof tagListSchema>;

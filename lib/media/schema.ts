import { z } from "zod";

// Inputs of the media library, shared by the actions, the upload route and the forms.

export const MEDIA_PAGE_SIZE = 24;

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters.`).default("");

export const mediaDetailsSchema = z.object({
  alt: text(500, "Alt text"),
  caption: text(1000, "The caption"),
  credit: text(200, "The credit"),
});

export type MediaDetailsInput = z.infer<typeof mediaDetailsSchema>;

export const mediaIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/, "Not a media id.");

export const updateMediaSchema = mediaDetailsSchema.extend({ id: mediaIdSchema });

export const deleteMediaSchema = z.object({ id: mediaIdSchema });

export const listMediaSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  /** "image" for pickers that need a picture (the hero); otherwise images and documents. */
  kind: z.enum(["image"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ListMediaInput = z.infer<typeof listMediaSchema>;

/** The stored `Media.variants` JSON: every file of the item, original included. */
export const storedVariantsSchema = z.array(
  z.object({
    kind: z.enum(["original", "variant"]),
    // 0 for a document.
    width: z.number().int().nonnegative(),
    height: z.number().int().nonnegative(),
    format: z.string(),
    key: z.string(),
    bytes: z.number().int().nonnegative(),
  }),
);

export type StoredVariant = z.infer<typeof storedVariantsSchema>[number];

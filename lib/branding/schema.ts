import { z } from "zod";
import { AA_TEXT_CONTRAST, contrastRatio, formatRatio } from "./contrast";

// The branding a site keeps in its settings (lib/settings/schema.ts), and the
// branding page's inputs. Stored values are re-checked on every read, so a
// value that no longer passes falls back to the default look.

/** The site's background and the text colour on accent-coloured buttons (app/globals.css). */
export const ACCENT_BACKGROUND = "#ffffff";

export function accentContrastMessage(ratio: number): string {
  return `${formatRatio(ratio)} — needs at least ${AA_TEXT_CONTRAST}:1 against white; try a darker shade.`;
}

export const accentColourSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Enter a colour as # and six hex digits, e.g. #0a5a9c.")
  .transform((hex) => hex.toLowerCase())
  .superRefine((hex, ctx) => {
    const ratio = contrastRatio(hex, ACCENT_BACKGROUND);
    if (ratio < AA_TEXT_CONTRAST) ctx.addIssue({ code: "custom", message: accentContrastMessage(ratio) });
  });

const STORED_IMAGE = /^\/media\/(logo|social)-[a-z0-9]{8,40}\/(logo\.png|social\.jpg)$/;

/** A stored raster image: its address under /media and its size in pixels. */
export const brandImageSchema = z.object({
  src: z.string().regex(STORED_IMAGE),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export type BrandImage = z.infer<typeof brandImageSchema>;

/** The favicon's folder under /media, holding FAVICON_SIZES as "<size>.png". */
export const faviconSchema = z.object({ base: z.string().regex(/^\/media\/favicon-[a-z0-9]{8,40}$/) });

export type StoredFavicon = z.infer<typeof faviconSchema>;

export const FAVICON_SIZES = [32, 180, 192, 512] as const;

export const BRAND_IMAGE_KINDS = ["logo", "favicon", "socialImage"] as const;
export type BrandImageKind = (typeof BRAND_IMAGE_KINDS)[number];

export const brandImageKindSchema = z.enum(BRAND_IMAGE_KINDS);

/** An upload from the branding page's form: which image and the file. */
export const brandUploadSchema = z.object({
  kind: brandImageKindSchema,
  file: z.instanceof(File, { message: "Choose an image to upload." }),
});

export const brandRemoveSchema = z.object({ kind: brandImageKindSchema });

export const accentInputSchema = z.object({
  /** Empty restores the default accent. */
  accentColor: z.union([z.literal("").transform(() => null), accentColourSchema]),
});

/** app/globals.css's --accent, shown on the branding page while no colour of its own is set. */
export const DEFAULT_ACCENT = "#0a5a9c";

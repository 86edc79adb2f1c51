import { fileTypeLabel } from "./file-types";
import { storedVariantsSchema, type StoredVariant } from "./schema";

// What the admin, the picker and the article hero receive about an image or
// a document: ready-to-use URLs (relative, under /media/<mediaId>/) and
// sizes, never the row.

export interface MediaDTO {
  id: string;
  kind: "image" | "document";
  /** "PDF", "JPEG"…, for people. */
  typeLabel: string;
  /** An image's re-encoded original in its own format (the <img src> fallback), or the document itself. */
  url: string;
  /** WebP variants as "url width" candidates; empty for animations and documents. */
  srcset: string;
  /** The default `sizes` for a full-width image; layouts that know better pass their own. */
  sizes: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  mimeType: string;
  bytes: number;
  createdAt: Date;
}

/** A library item with what this viewer may do to it. */
export interface MediaLibraryItem extends MediaDTO {
  canUpdate: boolean;
  canDelete: boolean;
}

export interface MediaPage {
  items: MediaLibraryItem[];
  q: string;
  page: number;
  hasNext: boolean;
}

export const DEFAULT_SIZES = "(max-width: 1280px) 100vw, 1280px";

export const mediaUrl = (key: string) => `/media/${key}`;

export interface MediaRow {
  id: string;
  kind: "IMAGE" | "DOCUMENT";
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  variants: unknown;
  createdAt: Date;
}

export const mediaRowSelect = {
  id: true,
  kind: true,
  originalName: true,
  mimeType: true,
  width: true,
  height: true,
  bytes: true,
  alt: true,
  caption: true,
  credit: true,
  variants: true,
  createdAt: true,
} as const;

/** The image URLs of a stored item: the fallback and the srcset candidates. */
export function imageSources(variants: unknown): { url: string; srcset: string } {
  const files: StoredVariant[] = storedVariantsSchema.catch([]).parse(variants);
  const original = files.find((f) => f.kind === "original");
  const srcset = files
    .filter((f) => f.kind === "variant")
    .sort((a, b) => a.width - b.width)
    .map((f) => `${mediaUrl(f.key)} ${f.width}w`)
    .join(", ");
  return { url: original ? mediaUrl(original.key) : "", srcset };
}

export function toMediaDTO(row: MediaRow): MediaDTO {
  return {
    id: row.id,
    kind: row.kind === "DOCUMENT" ? "document" : "image",
    typeLabel: fileTypeLabel(row.mimeType),
    ...imageSources(row.variants),
    sizes: DEFAULT_SIZES,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    originalName: row.originalName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    createdAt: row.createdAt,
  };
}

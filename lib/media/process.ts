import "server-only";
import sharp, { type Sharp } from "sharp";
import { ValidationError } from "../errors";
import { uploadMessages } from "./messages";
import { imageProcessingQueue } from "./one-at-a-time";
import { applySharpLimits } from "./sharp-limits";
import { IMAGE_TYPES, type ImageMimeType } from "./file-types";

applySharpLimits();

// Turns an accepted upload into the files we serve. Every output is
// re-encoded by sharp, which writes no metadata unless asked to
// (withMetadata/withExif are never called here): EXIF, GPS position, XMP,
// IPTC and comments of the uploaded file do not survive.

/** Responsive widths offered in srcset; none is made wider than the original. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/**
 * Decompression-bomb guard: a few KB of PNG can claim gigapixels. Decoding
 * costs about 4 bytes of memory per pixel and CPU to match, so 25 MP (a
 * 6000 × 4000 camera photo) keeps one upload to about 100 MB and a second
 * or two of one core.
 */
export const MAX_MEGAPIXELS = 25;

export interface ProcessedFile {
  /** File name under the media item's prefix: "960.webp", "original.jpg". */
  name: string;
  kind: "original" | "variant";
  width: number;
  height: number;
  contentType: ImageMimeType;
  buffer: Buffer;
}

export interface ProcessedImage {
  width: number;
  height: number;
  /** The re-encoded original first, then the WebP variants from narrowest to widest. */
  files: ProcessedFile[];
}

const SHARP_FORMAT: Record<ImageMimeType, string> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/avif": "heif",
};

export function refuseUpload(message: string): ValidationError {
  return new ValidationError(message, { file: [message] });
}

function encode(pipeline: Sharp, type: ImageMimeType): Sharp {
  switch (type) {
    case "image/jpeg":
      return pipeline.jpeg({ quality: 82, mozjpeg: true });
    case "image/png":
      return pipeline.png({ compressionLevel: 8 });
    case "image/webp":
      return pipeline.webp({ quality: 80 });
    case "image/gif":
      return pipeline.gif();
    // AVIF encoding is slow; effort 2 keeps an upload to seconds on a small server.
    case "image/avif":
      return pipeline.avif({ quality: 55, effort: 2 });
  }
}

/** The widths to make: the standard ones narrower than the image, and the image's own width up to the widest. */
export function variantWidths(originalWidth: number): number[] {
  const widest = VARIANT_WIDTHS.at(-1)!;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < originalWidth);
  if (originalWidth <= widest) widths.push(originalWidth);
  return widths;
}

async function readHeader(bytes: Buffer, type: ImageMimeType) {
  // Only the header is read here, so sharp's own pixel limit (which would
  // report a bomb as unreadable) is lifted in favour of the clear check below.
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  // The decoder must agree with the sniffed type (an AVIF brand on a HEIC body is still HEIC).
  const formatMatches =
    metadata?.format === SHARP_FORMAT[type] && (type !== "image/avif" || metadata.compression === "av1");
  if (!metadata || !formatMatches || !metadata.width || !metadata.height) throw refuseUpload(uploadMessages.unreadable);
  if (metadata.width * metadata.height * (metadata.pages ?? 1) > MAX_MEGAPIXELS * 1_000_000) {
    throw refuseUpload(uploadMessages.tooManyPixels(MAX_MEGAPIXELS));
  }
  return metadata;
}

const sharpOptions = { limitInputPixels: MAX_MEGAPIXELS * 1_000_000, failOn: "error" } as const;

/**
 * The header is checked at once (cheap, and refuses bombs before they wait);
 * decoding and encoding wait their turn: one upload at a time per server.
 */
export async function processImage(bytes: Buffer, type: ImageMimeType): Promise<ProcessedImage> {
  const header = await readHeader(bytes, type);
  return imageProcessingQueue(() => refuseUpload(uploadMessages.busy)).run(() => encodeAll(bytes, type, header));
}

async function encodeAll(
  bytes: Buffer,
  type: ImageMimeType,
  header: Awaited<ReturnType<typeof readHeader>>,
): Promise<ProcessedImage> {
  const extension = IMAGE_TYPES[type].extension;
  try {
    // Animations are kept whole and only re-encoded (which drops their metadata); no resized variants.
    if (type === "image/gif" || (type === "image/webp" && (header.pages ?? 1) > 1)) {
      const buffer = await encode(sharp(bytes, { ...sharpOptions, animated: true }), type).toBuffer();
      const width = header.width;
      const height = header.pageHeight ?? header.height;
      return {
        width,
        height,
        files: [{ name: `original.${extension}`, kind: "original", width, height, contentType: type, buffer }],
      };
    }

    const base = sharp(bytes, sharpOptions).autoOrient();
    const { width, height } = header.autoOrient;
    const files: ProcessedFile[] = [
      {
        name: `original.${extension}`,
        kind: "original",
        width,
        height,
        contentType: type,
        buffer: await encode(base.clone(), type).toBuffer(),
      },
    ];
    for (const w of variantWidths(width)) {
      const buffer = await base.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
      files.push({
        name: `${w}.webp`,
        kind: "variant",
        width: w,
        height: Math.max(1, Math.round((height * w) / width)),
        contentType: "image/webp",
        buffer,
      });
    }
    return { width, height, files };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw refuseUpload(uploadMessages.unreadable);
  }
}

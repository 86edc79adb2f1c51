import "server-only";
import sharp, { type Sharp } from "sharp";
import { MAX_MEGAPIXELS, refuseUpload } from "../media/process";
import { imageProcessingQueue } from "../media/one-at-a-time";
import { uploadMessages } from "../media/messages";
import { applySharpLimits } from "../media/sharp-limits";
import { ValidationError } from "../errors";
import { brandUploadMessages } from "./messages";
import { FAVICON_SIZES, type BrandImageKind } from "./schema";
import type { BrandSourceType } from "./sniff";

applySharpLimits();

// Every branding file we serve is a PNG or JPEG that sharp drew itself: an
// SVG is rasterized (its scripts, links and styles never reach a browser),
// a raster image is decoded and re-encoded (its metadata does not survive).

/** The logo is shown 48 CSS pixels high; twice that stays sharp on high-density screens. */
export const LOGO_HEIGHT = 96;
const LOGO_MAX_WIDTH = 800;
/** The size link previews expect (Open Graph, X/Twitter large cards). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface BrandFile {
  name: string;
  contentType: "image/png" | "image/jpeg";
  width: number;
  height: number;
  buffer: Buffer;
}

const SHARP_FORMAT: Record<BrandSourceType, string> = {
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/webp": "webp",
  "image/svg+xml": "svg",
};

const SVG_MAX_DENSITY = 2400;

/**
 * A pipeline that decodes `bytes`: an SVG is drawn large enough to cover
 * `target` (not drawn small and enlarged), a raster image as it is. The header is checked first: a type the decoder
 * disagrees with, or a pixel bomb, is refused before any decoding.
 */
async function open(bytes: Buffer, type: BrandSourceType, target: { width: number; height: number }): Promise<Sharp> {
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header || header.format !== SHARP_FORMAT[type] || !header.width || !header.height)
    throw refuseUpload(brandUploadMessages.unreadable);
  if (type !== "image/svg+xml") {
    if (header.width * header.height * (header.pages ?? 1) > MAX_MEGAPIXELS * 1_000_000)
      throw refuseUpload(uploadMessages.tooManyPixels(MAX_MEGAPIXELS));
    return sharp(bytes, { limitInputPixels: MAX_MEGAPIXELS * 1_000_000, failOn: "error" }).autoOrient();
  }
  const scale = Math.max(target.width / header.width, target.height / header.height);
  const density = Math.min(SVG_MAX_DENSITY, Math.max(1, 72 * scale));
  return sharp(bytes, { density, limitInputPixels: MAX_MEGAPIXELS * 1_000_000, failOn: "error" });
}

async function draw(pipeline: Sharp, name: string, contentType: BrandFile["contentType"]): Promise<BrandFile> {
  const encoded =
    contentType === "image/png" ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 85, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { name, contentType, width: info.width, height: info.height, buffer: data };
}

async function logoFiles(bytes: Buffer, type: BrandSourceType): Promise<BrandFile[]> {
  const image = await open(bytes, type, { width: 0, height: LOGO_HEIGHT });
  const fitted = image.resize({
    width: LOGO_MAX_WIDTH,
    height: LOGO_HEIGHT,
    fit: "inside",
    withoutEnlargement: type !== "image/svg+xml",
  });
  return [await draw(fitted, "logo.png", "image/png")];
}

async function faviconFiles(bytes: Buffer, type: BrandSourceType): Promise<BrandFile[]> {
  const image = await open(bytes, type, { width: Math.max(...FAVICON_SIZES), height: Math.max(...FAVICON_SIZES) });
  const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
  const files: BrandFile[] = [];
  for (const size of FAVICON_SIZES)
    files.push(
      await draw(
        image.clone().resize(size, size, { fit: "contain", background: transparent }),
        `${size}.png`,
        "image/png",
      ),
    );
  return files;
}

async function socialFiles(bytes: Buffer, type: BrandSourceType): Promise<BrandFile[]> {
  const image = await open(bytes, type, { width: SHARE_WIDTH, height: SHARE_HEIGHT });
  const framed = image.resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: "cover" }).flatten({ background: "#ffffff" });
  return [await draw(framed, "social.jpg", "image/jpeg")];
}

const MAKERS: Record<BrandImageKind, (bytes: Buffer, type: BrandSourceType) => Promise<BrandFile[]>> = {
  logo: logoFiles,
  favicon: faviconFiles,
  socialImage: socialFiles,
};

/** The files to store for an accepted upload; one image is processed at a time per server. */
export function makeBrandFiles(kind: BrandImageKind, bytes: Buffer, type: BrandSourceType): Promise<BrandFile[]> {
  return imageProcessingQueue(() => refuseUpload(uploadMessages.busy)).run(async () => {
    try {
      return await MAKERS[kind](bytes, type);
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      throw refuseUpload(brandUploadMessages.unreadable);
    }
  });
}

/** A trusted SVG (a hero shipped in public/) as a PNG link previews can show. */
export async function rasterizeShareImage(svg: Buffer): Promise<Buffer> {
  return imageProcessingQueue(() => refuseUpload(uploadMessages.busy)).run(async () => {
    const image = await open(svg, "image/svg+xml", { width: SHARE_WIDTH, height: SHARE_HEIGHT });
    return image
      .resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: "cover" })
      .flatten({ background: "#ffffff" })
      .png()
      .toBuffer();
  });
}

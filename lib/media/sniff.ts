// The image type of an upload, read from its first bytes. The file name and
// the type the browser declared are both chosen by the uploader, so neither
// decides anything: a PHP script renamed photo.jpg is still a PHP script.

export const IMAGE_TYPES = {
  "image/jpeg": { extension: "jpg", label: "JPEG" },
  "image/png": { extension: "png", label: "PNG" },
  "image/webp": { extension: "webp", label: "WebP" },
  "image/gif": { extension: "gif", label: "GIF" },
  "image/avif": { extension: "avif", label: "AVIF" },
} as const;

export type ImageMimeType = keyof typeof IMAGE_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const readAscii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * AVIF is an ISO-BMFF file whose leading `ftyp` box names `avif` (still) or
 * `avis` (sequence) as its major or a compatible brand. HEIC shares the
 * container but not those brands, and is refused.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || readAscii(bytes, 4, 4) !== "ftyp") return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (boxSize < 16 || boxSize > 4096) return false;
  const end = Math.min(boxSize, bytes.length);
  const brands = [readAscii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(readAscii(bytes, at, 4));
  return brands.some((brand) => brand === "avif" || brand === "avis");
}

/** The image type these bytes are, or null when they are none of the accepted ones. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (isAvif(bytes)) return "image/avif";
  return null;
}

const BY_EXTENSION = new Map<string, ImageMimeType>(
  (Object.entries(IMAGE_TYPES) as [ImageMimeType, { extension: string }][]).map(([mime, { extension }]) => [
    extension,
    mime,
  ]),
);

/** The content type a stored file is served with, from the extension we gave it ourselves. */
export function mimeTypeForStoredFile(fileName: string): ImageMimeType | null {
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  return BY_EXTENSION.get(extension) ?? null;
}

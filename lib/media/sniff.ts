// The type of an upload, read from its bytes. The file name and the type the
// browser declared are both chosen by the uploader, so neither decides
// anything: a PHP script renamed photo.jpg is still a PHP script. A document's
// name only states a claim (report.pdf), which its bytes must then bear out.

import { DOCUMENT_TYPES, IMAGE_TYPES, type DocumentMimeType, type ImageMimeType } from "./file-types";
import { readZipEntry, UnreadableZip, zipEntries } from "./zip";

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

/** Why a file that is not an image was refused as a document (messages.ts words each one). */
export type DocumentRefusal =
  "notAccepted" | "notAnImage" | "executable" | "macros" | "mismatch" | "notText" | "unreadable";

export type DocumentSniff = { type: DocumentMimeType } | { refused: DocumentRefusal; claimed?: string };

const extensionOf = (fileName: string) => {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
};

const DOCUMENT_BY_EXTENSION = new Map<string, DocumentMimeType>(
  (Object.keys(DOCUMENT_TYPES) as DocumentMimeType[]).map((mime) => [DOCUMENT_TYPES[mime].extension, mime]),
);
const IMAGE_EXTENSIONS = new Set(["jpg", "jpeg", "png", "webp", "gif", "avif"]);
// Office's macro-enabled formats and templates: refused by name before their bytes are read.
const MACRO_EXTENSIONS = new Set(["docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm"]);

/** Windows, Linux and macOS programs, Java classes and scripts with an interpreter line. */
function isExecutable(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, ascii("MZ")) ||
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) ||
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
    ].some((magic) => startsWith(bytes, magic)) ||
    startsWith(bytes, ascii("#!"))
  );
}

const CONTENT_TYPES_MAX_BYTES = 256 * 1024;

/**
 * What an Office Open XML package is, from its member names and its
 * [Content_Types].xml: "macros" for any VBA project (whatever the file is
 * called), null for a ZIP that is neither a Word document nor a workbook.
 */
function officeKind(bytes: Buffer): "docx" | "xlsx" | "macros" | "unreadable" | null {
  try {
    const entries = zipEntries(bytes);
    if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name) || e.encrypted)) {
      return entries.some((e) => e.encrypted) ? "unreadable" : "macros";
    }
    const manifest = entries.find((e) => e.name === "[Content_Types].xml");
    if (!manifest) return null;
    const types = readZipEntry(bytes, manifest, CONTENT_TYPES_MAX_BYTES).toString("utf8");
    if (/macroEnabled|vbaProject/i.test(types)) return "macros";
    const has = (folder: string) => entries.some((e) => e.name.startsWith(folder));
    if (has("word/") && types.includes("wordprocessingml.document.main+xml")) return "docx";
    if (has("xl/") && types.includes("spreadsheetml.sheet.main+xml")) return "xlsx";
    return null;
  } catch (error) {
    if (error instanceof UnreadableZip) return "unreadable";
    throw error;
  }
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The document type of a file that is not an image: the type its name
 * claims, when its bytes are that type. Executables and macro-enabled
 * Office files are refused whatever they are called.
 */
export function sniffDocument(bytes: Buffer, fileName: string): DocumentSniff {
  const claimedExtension = extensionOf(fileName);
  if (isExecutable(bytes)) return { refused: "executable" };
  if (MACRO_EXTENSIONS.has(claimedExtension)) return { refused: "macros" };
  const claimed = DOCUMENT_BY_EXTENSION.get(claimedExtension);
  if (!claimed) return { refused: IMAGE_EXTENSIONS.has(claimedExtension) ? "notAnImage" : "notAccepted" };
  const label = DOCUMENT_TYPES[claimed].label;
  switch (claimed) {
    case "application/pdf":
      return startsWith(bytes, ascii("%PDF-")) ? { type: claimed } : { refused: "mismatch", claimed: label };
    case "text/csv":
      return isUtf8Text(bytes) ? { type: claimed } : { refused: "notText" };
    default: {
      if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { refused: "mismatch", claimed: label };
      const kind = officeKind(bytes);
      if (kind === "macros" || kind === "unreadable") return { refused: kind };
      return kind === DOCUMENT_TYPES[claimed].extension ? { type: claimed } : { refused: "mismatch", claimed: label };
    }
  }
}

const BY_EXTENSION = new Map<string, string>([
  ...(Object.entries(IMAGE_TYPES) as [ImageMimeType, { extension: string }][]).map(
    ([mime, { extension }]) => [extension, mime] as [string, string],
  ),
  ...Object.values(DOCUMENT_TYPES).map(({ extension, contentType }) => [extension, contentType] as [string, string]),
]);

/** The content type a stored file is served with, from the extension we gave it ourselves. */
export function mimeTypeForStoredFile(fileName: string): string | null {
  return BY_EXTENSION.get(extensionOf(fileName)) ?? null;
}

/** Documents are downloaded, except PDFs, which browsers show in their own sandboxed viewer. */
export function dispositionForStoredFile(fileName: string): "inline" | "attachment" | null {
  const extension = extensionOf(fileName);
  if (!DOCUMENT_BY_EXTENSION.has(extension)) return null;
  return extension === "pdf" ? "inline" : "attachment";
}

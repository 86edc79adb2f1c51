import "server-only";
import { slugify } from "../text/slug";
import { DOCUMENT_TYPES, type DocumentMimeType, type ImageMimeType } from "./file-types";
import { uploadMessages } from "./messages";
import { processImage, refuseUpload } from "./process";
import type { StoredVariant } from "./schema";
import { sniffDocument, type DocumentRefusal } from "./sniff";

// Turns accepted upload bytes into the files to store and the facts the row
// records. Images are re-encoded with variants (process.ts); documents are
// stored byte for byte once their content is shown to match their name.

export interface PreparedUpload {
  kind: "IMAGE" | "DOCUMENT";
  mimeType: ImageMimeType | DocumentMimeType;
  width: number;
  height: number;
  /** Size of the file a reader gets: the re-encoded original, or the document. */
  bytes: number;
  variants: StoredVariant[];
  files: { key: string; buffer: Buffer; contentType: string }[];
}

export async function prepareImage(id: string, bytes: Buffer, mimeType: ImageMimeType): Promise<PreparedUpload> {
  const image = await processImage(bytes, mimeType);
  return {
    kind: "IMAGE",
    mimeType,
    width: image.width,
    height: image.height,
    bytes: image.files[0]!.buffer.length,
    variants: image.files.map((f) => ({
      kind: f.kind,
      width: f.width,
      height: f.height,
      format: f.contentType.slice("image/".length),
      key: `${id}/${f.name}`,
      bytes: f.buffer.length,
    })),
    files: image.files.map((f) => ({ key: `${id}/${f.name}`, buffer: f.buffer, contentType: f.contentType })),
  };
}

function refusalMessage(refused: DocumentRefusal, claimed: string | undefined): string {
  switch (refused) {
    case "mismatch":
      return uploadMessages.mismatch(claimed ?? "document");
    case "unreadable":
      return uploadMessages.unreadableDocument;
    default:
      return uploadMessages[refused];
  }
}

/**
 * The name the document is stored and linked under: its own name made safe
 * for a URL (`Annual Report 2026.pdf` → `annual-report-2026.pdf`), since a
 * reader sees it in the link and in their downloads folder.
 */
export function storedDocumentName(originalName: string, mimeType: DocumentMimeType): string {
  const base = originalName.replace(/\.[^.]*$/, "");
  const slug = slugify(base).slice(0, 60).replace(/-+$/, "") || "document";
  return `${slug}.${DOCUMENT_TYPES[mimeType].extension}`;
}

export function prepareDocument(id: string, originalName: string, bytes: Buffer): PreparedUpload {
  const sniffed = sniffDocument(bytes, originalName);
  if ("refused" in sniffed) throw refuseUpload(refusalMessage(sniffed.refused, sniffed.claimed));
  const key = `${id}/${storedDocumentName(originalName, sniffed.type)}`;
  return {
    kind: "DOCUMENT",
    mimeType: sniffed.type,
    width: 0,
    height: 0,
    bytes: bytes.length,
    variants: [
      {
        kind: "original",
        width: 0,
        height: 0,
        format: DOCUMENT_TYPES[sniffed.type].extension,
        key,
        bytes: bytes.length,
      },
    ],
    files: [{ key, buffer: bytes, contentType: DOCUMENT_TYPES[sniffed.type].contentType }],
  };
}

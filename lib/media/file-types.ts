// The file types the media library accepts, with the words and headers used
// for each. Pure, so the admin's components can label files too.

export const IMAGE_TYPES = {
  "image/jpeg": { extension: "jpg", label: "JPEG" },
  "image/png": { extension: "png", label: "PNG" },
  "image/webp": { extension: "webp", label: "WebP" },
  "image/gif": { extension: "gif", label: "GIF" },
  "image/avif": { extension: "avif", label: "AVIF" },
} as const;

export type ImageMimeType = keyof typeof IMAGE_TYPES;

export const DOCUMENT_TYPES = {
  "application/pdf": { extension: "pdf", label: "PDF", contentType: "application/pdf" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    extension: "docx",
    label: "DOCX",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    extension: "xlsx",
    label: "XLSX",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  "text/csv": { extension: "csv", label: "CSV", contentType: "text/csv; charset=utf-8" },
} as const;

export type DocumentMimeType = keyof typeof DOCUMENT_TYPES;

/** "PDF", "JPEG"…: how a stored item's type is shown to people. */
export function fileTypeLabel(mimeType: string): string {
  const known: Record<string, { label: string }> = { ...IMAGE_TYPES, ...DOCUMENT_TYPES };
  return known[mimeType]?.label ?? mimeType;
}

/** "2.3 MB", "840 KB": a file size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// What an uploader is told when a file is refused. Pure, so the upload zone
// can say the same thing before sending a file the server would refuse.

export const BYTES_PER_MEGABYTE = 1024 * 1024;

export const uploadMessages = {
  noFile: "Choose an image or a document to upload.",
  empty: "The file is empty.",
  notAnImage: "That file is not a JPEG, PNG, WebP, GIF or AVIF image.",
  notAccepted: "That file is not an image (JPEG, PNG, WebP, GIF, AVIF) or a document (PDF, DOCX, XLSX, CSV).",
  executable: "Programs and scripts cannot be uploaded.",
  macros:
    "Files with macros (.docm, .xlsm, or any document containing VBA code) cannot be uploaded. Save it as .docx or .xlsx without macros.",
  mismatch: (label: string) => `That file is not a real ${label} file: its content does not match its name.`,
  notText: "That CSV file is not plain UTF-8 text. Save it as “CSV UTF-8” and upload it again.",
  unreadableDocument: "That document could not be read: the file may be damaged, encrypted or incomplete.",
  unreadable: "That image could not be read: the file may be damaged or incomplete.",
  tooLarge: (maxMegabytes: number) => `The file is larger than the ${maxMegabytes} MB limit.`,
  tooManyPixels: (maxMegapixels: number) =>
    `The image is larger than ${maxMegapixels} megapixels; please scale it down first.`,
  busy: "Several images are being processed right now; upload this one again in a minute.",
} as const;

/** Why a file of this size is refused, or null when its size is acceptable. */
export function sizeProblem(bytes: number, maxMegabytes: number): string | null {
  if (bytes === 0) return uploadMessages.empty;
  if (bytes > maxMegabytes * BYTES_PER_MEGABYTE) return uploadMessages.tooLarge(maxMegabytes);
  return null;
}

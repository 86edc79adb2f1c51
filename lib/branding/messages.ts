// What an admin is told when a branding file is refused. Pure, so the form
// can say the same before sending a file the server would refuse.

/** Branding images are small; this keeps an upload well inside the server action's body limit (next.config.ts). */
export const MAX_BRAND_UPLOAD_MEGABYTES = 2;

export const brandUploadMessages = {
  noFile: "Choose an image to upload.",
  tooLarge: `The file is larger than the ${MAX_BRAND_UPLOAD_MEGABYTES} MB limit for branding images.`,
  notAccepted: {
    logo: "That file is not an SVG, PNG, JPEG or WebP image.",
    favicon: "That file is not a PNG or SVG image.",
    socialImage: "That file is not a PNG, JPEG or WebP image.",
  },
  unreadable: "That image could not be read: the file may be damaged or incomplete.",
  tooSmall: (minimum: string) => `The image is too small; it needs to be at least ${minimum} pixels.`,
} as const;

import { sniffImageType } from "../media/sniff";

// What a branding upload is, from its bytes (never its name or declared
// type). SVG is text, so it is recognised by its root element: after an
// optional BOM, XML declaration, comments and a DOCTYPE without an internal
// subset, the document must open with <svg.

export type BrandSourceType = "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";

const SVG_PROLOGUE =
  /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+svg[^[>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i;

/** Entity declarations serve no drawing and are how XML bombs and external fetches start. */
const ENTITY_DECLARATION = /<!ENTITY/i;

export function sniffBrandType(bytes: Buffer): BrandSourceType | null {
  const raster = sniffImageType(bytes);
  if (raster === "image/png" || raster === "image/jpeg" || raster === "image/webp") return raster;
  if (raster) return null;
  const text = bytes.toString("utf8");
  if (SVG_PROLOGUE.test(text.slice(0, 4096)) && !ENTITY_DECLARATION.test(text)) return "image/svg+xml";
  return null;
}

// Contrast per WCAG 2.2 (relative luminance of sRGB, and (L1 + 0.05) / (L2 + 0.05)).
// Pure, so the branding form's schema and its unit tests share one formula.

/** Normal-size text needs this much contrast against its background (WCAG 2.2 SC 1.4.3, level AA). */
export const AA_TEXT_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{6})$/i;

/** "#0A5A9C" → [10, 90, 156]; null for anything but a six-digit hex colour. */
export function parseHexColour(hex: string): [number, number, number] | null {
  const match = HEX.exec(hex);
  if (!match) return null;
  const value = Number.parseInt(match[1]!, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two hex colours, from 1 to 21; order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHexColour(a);
  const cb = parseHexColour(b);
  if (!ca || !cb) throw new RangeError(`Not a hex colour: ${ca ? b : a}`);
  const [light, dark] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it, "4.48:1". Rounded down, so a colour just short
 * of 4.5 never shows as "4.5:1" and is then refused.
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toString()}:1`;
}

import { languageOf } from "../i18n";

// Text shaping for search results and link previews: pure, no Next imports.

const ELLIPSIS = "…";

/** Search engines cut descriptions near here; a cut we choose reads better than theirs. */
export const DESCRIPTION_MAX = 160;
/** Google used to ignore schema.org headlines longer than this; it is still the safe length. */
export const HEADLINE_MAX = 110;

/**
 * At most `max` characters (code points, so an emoji is never split), whitespace
 * collapsed. Longer text is cut at the last word boundary and ends in "…",
 * which counts towards `max`. A single overlong word is cut mid-word rather
 * than leaving a stub of a few characters.
 */
export function truncateOnWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join("");
  const cutBetweenWords = chars[max - 1] === " ";
  const lastSpace = head.lastIndexOf(" ");
  const kept = cutBetweenWords ? head : lastSpace >= head.length / 2 ? head.slice(0, lastSpace) : head;
  // "flooding," or "repairs –" before the ellipsis reads as a typo.
  return kept.replace(/[\s,;:.\-–—]+$/u, "") + ELLIPSIS;
}

const DEFAULT_REGION: Readonly<Record<string, string>> = { en: "GB", nl: "NL" };

/** Open Graph wants language_TERRITORY: "en-GB" → "en_GB", "nl" → "nl_NL". Unknown languages read as English. */
export function openGraphLocale(tag: string): string {
  const [language = "", region] = tag.split("-");
  if (region && /^[a-z]{2}$/i.test(language) && /^[a-z]{2}$/i.test(region)) {
    return `${language.toLowerCase()}_${region.toUpperCase()}`;
  }
  const known = languageOf(tag);
  return `${known}_${DEFAULT_REGION[known] ?? "GB"}`;
}

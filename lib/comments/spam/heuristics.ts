import type { SpamVerdict } from "./types";

// The pure halves of the built-in spam heuristics: counting links, matching
// banned words and deciding which texts are worth comparing for copies.

/** Links readers would get: anchors in the comment pipeline's output (typed links, <…> links and bare web addresses alike). */
export function countLinks(html: string): number {
  return html.match(/<a\s/gi)?.length ?? 0;
}

export function tooManyLinks(html: string, maxLinks: number): string | null {
  const links = countLinks(html);
  return links > maxLinks ? `${links} ${links === 1 ? "link" : "links"} (more than ${maxLinks} allowed)` : null;
}

/**
 * Short replies ("Thanks!", "Agreed") are said again and again by real
 * readers; only texts at least this long are compared for copies.
 */
export const DUPLICATE_MIN_LENGTH = 20;

/** Whitespace and letter case do not make a copy new. */
export function normaliseForComparison(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/gu, " ").toLocaleLowerCase();
}

export function worthComparing(text: string): boolean {
  return normaliseForComparison(text).length >= DUPLICATE_MIN_LENGTH;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A letter, mark, digit or connector either side means the entry is part of a longer word.
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}\\p{Pc}]";

function wholeWordPattern(entry: string): RegExp {
  const phrase = entry.normalize("NFKC").trim().split(/\s+/u).map(escapeRegExp).join("\\s+");
  return new RegExp(`(?<!${WORD_CHAR})${phrase}(?!${WORD_CHAR})`, "iu");
}

/**
 * The entries of the banned list that occur in `text` as whole words or
 * phrases, in any letter case and in any script ("Ass" does not match
 * "class"; "Pillen" matches "PILLEN!"), in the list's order.
 */
export function findBannedWords(text: string, bannedWords: readonly string[]): string[] {
  const haystack = text.normalize("NFKC");
  return bannedWords.filter((entry) => entry.trim() !== "" && wholeWordPattern(entry).test(haystack));
}

export function bannedWordsReason(found: readonly string[]): string | null {
  if (found.length === 0) return null;
  const quoted = found.map((word) => `“${word}”`).join(", ");
  return found.length === 1 ? `Contains the banned word ${quoted}` : `Contains the banned words ${quoted}`;
}

/** Spam when any reason was found. */
export function verdictOf(reasons: readonly (string | null)[]): SpamVerdict {
  const found = reasons.filter((reason): reason is string => reason !== null);
  return { verdict: found.length > 0 ? "spam" : "ok", reasons: found };
}

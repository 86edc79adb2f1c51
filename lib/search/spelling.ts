import type { CorrectionSegment } from "./dto";

// Which of the reader's words a spelling suggestion may replace, and the
// query with the replacements made. Pure: the vocabulary lookup is in
// data/spelling.ts.

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Shorter words are too ambiguous to correct, and anything with a digit is a
// number, a year or a code, never a typo of a word. The vocabulary keeps the
// same range (migration 20261204110000_search_vocabulary).
const CORRECTABLE = /^[\p{L}\p{M}]{3,40}$/u;

/** The distinct words of q that could be corrected, lowercased. */
export function correctableWords(q: string): string[] {
  const words = new Set<string>();
  for (const [word] of q.matchAll(WORD)) {
    if (CORRECTABLE.test(word)) words.add(word.toLowerCase());
  }
  return [...words];
}

export interface CorrectedQuery {
  q: string;
  segments: CorrectionSegment[];
}

/**
 * q with each word that has a suggestion replaced (lowercased words as keys),
 * everything else (quotes, minus signs, OR, spacing) kept as typed; null when
 * no word changed.
 */
export function applyCorrections(q: string, suggestions: ReadonlyMap<string, string>): CorrectedQuery | null {
  const segments: CorrectionSegment[] = [];
  const push = (text: string, corrected: boolean) => {
    const last = segments.at(-1);
    if (last && !last.corrected && !corrected) last.text += text;
    else if (text) segments.push({ text, corrected });
  };
  let at = 0;
  for (const match of q.matchAll(WORD)) {
    const suggestion = CORRECTABLE.test(match[0]) ? suggestions.get(match[0].toLowerCase()) : undefined;
    if (suggestion === undefined) continue;
    push(q.slice(at, match.index), false);
    push(suggestion, true);
    at = match.index + match[0].length;
  }
  if (at === 0) return null;
  push(q.slice(at), false);
  return { q: segments.map((s) => s.text).join(""), segments };
}

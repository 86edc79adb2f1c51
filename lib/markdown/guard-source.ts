import { DirectiveDepth } from "./directive-depth";
import { MAX_BLOCK_CHARS, MAX_NESTING_UNITS, MAX_OPEN_BRACKET_SPAN } from "./limits";

/**
 * The line pass that makes hostile Markdown cheap to parse (see limits.ts
 * for the numbers and why). It only ever inserts a backslash before a marker
 * or inserts line breaks, so the text a writer typed is never lost.
 *
 * It deliberately does not track fenced code: a tracker can be fooled into
 * skipping lines micromark does parse (a fence inside a quote ends with the
 * quote), which would void the guarantees. The price is paid only by code
 * that trips a limit.
 */

const LINE = /\r\n|\r|\n/g;
/**
 * Lines that always end the current paragraph or table, so a new block
 * budget starts: quote markers with nothing after them, a bullet (or `1.`)
 * list item with content, an ATX heading, a code fence, each indented at most
 * three columns. Deliberately narrow: an ordered item other than `1.`, or an
 * indented one, can be paragraph continuation text. Each repeat must consume
 * a `>`: the looser `(?: {0,3}> ?)*` backtracks exponentially on `> > > … x`.
 */
const BLOCK_START = /^(?:(?: {0,3}>)+ ?)? {0,3}(?:(?:[-+*]|1[.)])[ \t]+\S|#{1,6}(?:[ \t]|$)|```|~~~|$)|^[ \t]*$/;

function isBlankAfter(line: string, at: number): boolean {
  const next = line[at];
  return next === undefined || next === " " || next === "\t";
}

/** A container opener at `at`: its length and where a backslash neutralizes it. */
function containerMarker(line: string, at: number): { length: number; escapeAt: number } | null {
  const ch = line[at];
  if (ch === ">") return { length: 1, escapeAt: at };
  if ((ch === "-" || ch === "+" || ch === "*") && isBlankAfter(line, at + 1)) return { length: 1, escapeAt: at };
  if (ch !== undefined && ch >= "0" && ch <= "9") {
    let end = at;
    while (end - at < 9 && /[0-9]/.test(line[end] ?? "")) end++;
    const delimiter = line[end];
    return (delimiter === "." || delimiter === ")") && isBlankAfter(line, end + 1)
      ? { length: end - at + 1, escapeAt: end }
      : null;
  }
  // GFM footnote definitions are containers too: `[^a]: [^b]: …` nests.
  if (ch === "[" && line[at + 1] === "^") {
    const close = line.indexOf("]:", at + 2);
    if (close > at + 2) return { length: close + 2 - at, escapeAt: at };
  }
  return null;
}

/**
 * Nesting units: one per container marker plus one per two columns of
 * indentation (a nested list item needs at least two). Depth can only grow by
 * markers on a line whose prefix continues every open container, so bounding
 * the units of every line bounds the depth of the whole tree.
 */
function escapeDeepMarker(line: string): { line: string; prefixEnd: number } {
  let markers = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const ch = line[at];
    if (ch === " " || ch === "\t") {
      columns += ch === " " ? 1 : 4;
      at += 1;
      continue;
    }
    const marker = containerMarker(line, at);
    if (!marker) break;
    markers += 1;
    if (markers + Math.floor(columns / 2) > MAX_NESTING_UNITS) {
      return { line: `${line.slice(0, marker.escapeAt)}\\${line.slice(marker.escapeAt)}`, prefixEnd: -1 };
    }
    at += marker.length;
    // The one space that ends a marker is part of it, not indentation.
    if (line[at] === " ") at += 1;
  }
  return { line, prefixEnd: at };
}

/** Splits a line longer than MAX_BLOCK_CHARS into paragraphs, at spaces where possible. */
function splitLongLine(line: string): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > MAX_BLOCK_CHARS) {
    let cut = rest.lastIndexOf(" ", MAX_BLOCK_CHARS);
    if (cut < MAX_BLOCK_CHARS / 2) cut = MAX_BLOCK_CHARS;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Where to cut `line` so no `[` stays open for more than MAX_OPEN_BRACKET_SPAN
 * characters of one block, preferring a space; -1 when no cut is needed.
 * `state.open` is how long a `[` has been open (0 = none) and carries over
 * from line to line within a block.
 */
function bracketCut(line: string, state: { depth: number; open: number }): number {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\") {
      i += 1;
    } else if (ch === "[") {
      state.depth += 1;
    } else if (ch === "]" && state.depth > 0) {
      state.depth -= 1;
      if (state.depth === 0) state.open = 0;
    }
    if (state.depth > 0 && ++state.open > MAX_OPEN_BRACKET_SPAN) {
      const forced = state.open > MAX_OPEN_BRACKET_SPAN + 200;
      const code = line.charCodeAt(i + 1);
      // Never between the halves of a surrogate pair.
      if ((ch === " " || forced) && !(code >= 0xdc00 && code <= 0xdfff)) return i + 1;
    }
  }
  return -1;
}

/**
 * Returns the Markdown micromark will parse: deep container markers escaped,
 * container directives past the cap escaped, and blank lines inserted so no
 * run of lines exceeds MAX_BLOCK_CHARS and no `[` stays open for more than
 * MAX_OPEN_BRACKET_SPAN characters (over-long lines are split first, so the
 * pieces go through the nesting check too).
 */
export function guardSource(source: string, directives: boolean): string {
  const out: string[] = [];
  const directiveDepth = directives ? new DirectiveDepth() : null;
  let blockChars = 0;
  const brackets = { depth: 0, open: 0 };
  const newBlock = (): void => {
    blockChars = 0;
    brackets.depth = 0;
    brackets.open = 0;
  };
  const guardLine = (raw: string): void => {
    const escaped = escapeDeepMarker(raw);
    let line = escaped.line;
    const prefixEnd = escaped.prefixEnd;
    if (directiveDepth?.refuses(line, prefixEnd)) {
      line = `${line.slice(0, prefixEnd)}\\${line.slice(prefixEnd)}`;
    }
    if (BLOCK_START.test(line)) newBlock();
    if (blockChars > 0 && blockChars + line.length > MAX_BLOCK_CHARS) {
      out.push("\n");
      newBlock();
    }
    const cut = bracketCut(line, brackets);
    if (cut > 0 && cut < line.length) {
      out.push(line.slice(0, cut), "\n\n");
      newBlock();
      guardLine(line.slice(cut));
      return;
    }
    out.push(line);
    blockChars += line.length + 1;
  };
  let lineStart = 0;
  LINE.lastIndex = 0;
  for (;;) {
    const match = LINE.exec(source);
    const lineEnd = match ? match.index : source.length;
    const line = source.slice(lineStart, lineEnd);
    if (line.length > MAX_BLOCK_CHARS) {
      splitLongLine(line).forEach((piece, i) => {
        if (i > 0) out.push("\n");
        guardLine(piece);
      });
    } else {
      guardLine(line);
    }
    if (!match) break;
    out.push(match[0]);
    lineStart = lineEnd + match[0].length;
  }
  return out.join("");
}

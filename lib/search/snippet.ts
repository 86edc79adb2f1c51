import type { SnippetSegment } from "./dto";

// ts_headline marks matches by wrapping them in strings we choose. Control
// characters can't come from the query (normalizeQuery drops them) and are
// removed from the text before it is headlined, so these markers are
// unambiguous; the output then becomes plain-text segments that React
// escapes, never HTML.

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export function toSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, highlighted: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.highlighted === highlighted) last.text += text;
    else segments.push({ text, highlighted });
  };
  let highlighted = false;
  let buffer = "";
  for (const char of headline) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      push(buffer, highlighted);
      buffer = "";
      highlighted = char === HIGHLIGHT_START;
    } else {
      buffer += char;
    }
  }
  push(buffer, highlighted);
  return collapseWhitespace(segments);
}

function collapseWhitespace(segments: SnippetSegment[]): SnippetSegment[] {
  const out = segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ") }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last) last.text = last.text.trimEnd();
  return out.filter((s) => s.text !== "");
}

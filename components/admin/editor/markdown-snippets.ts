// What the editor's toolbar buttons insert into the Markdown body: the house
// syntax (lib/markdown/README.md) around the selection, with the selection
// placed where the writer types next.

import { formatBytes } from "@/lib/media/file-types";

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

export interface DocumentLinkFields {
  url: string;
  originalName: string;
  typeLabel: string;
  bytes: number;
}

export interface FigureFields {
  src: string;
  alt: string;
  caption?: string | null;
  credit?: string | null;
}

/** Directive attribute values are double-quoted: a typed quote would end the value early. */
const attr = (value: string) => value.replace(/\s+/g, " ").replace(/"/g, "”").trim();
/** The alt text sits inside [ ]: an unescaped bracket would close it. */
const label = (value: string) =>
  value
    .replace(/\s+/g, " ")
    .replace(/[[\]\\]/g, "\\$&")
    .trim();

/** Puts `block` on lines of its own, with a blank line before and after, replacing the selection. */
function insertBlock(
  text: string,
  start: number,
  end: number,
  block: string,
  cursorOffset: number,
  selectLength = 0,
): TextEdit {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === "" ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = after === "" ? "\n" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  const at = before.length + lead.length + cursorOffset;
  return { text: `${before}${lead}${block}${trail}${after}`, selectionStart: at, selectionEnd: at + selectLength };
}

export function insertShareline(text: string, start: number, end: number): TextEdit {
  const quote = text.slice(start, end).trim() || "Your quote here";
  return insertBlock(text, start, end, `:::shareline\n${quote}\n:::`, ":::shareline\n".length, quote.length);
}

export function insertFigure(text: string, start: number, end: number, figure: FigureFields): TextEdit {
  const attrs = [`src="${attr(figure.src)}"`];
  if (figure.caption?.trim()) attrs.push(`caption="${attr(figure.caption)}"`);
  if (figure.credit?.trim()) attrs.push(`credit="${attr(figure.credit)}"`);
  const alt = label(figure.alt);
  const block = `::figure[${alt}]{${attrs.join(" ")}}`;
  // With no alt text yet, select the empty brackets' spot so the writer fills it in.
  return insertBlock(text, start, end, block, alt ? block.length : "::figure[".length);
}

export function insertLink(text: string, start: number, end: number, url = "https://"): TextEdit {
  const words = text.slice(start, end) || "link text";
  const inserted = `[${words}](${url})`;
  const urlAt = start + words.length + 3;
  return {
    text: text.slice(0, start) + inserted + text.slice(end),
    selectionStart: urlAt,
    selectionEnd: urlAt + url.length,
  };
}

/** "annual-report_2026.pdf" → "Annual report 2026": link words from a file name. */
export function documentTitle(originalName: string): string {
  const words =
    originalName
      .replace(/\.[^.]*$/, "")
      .replace(/[-_\s]+/g, " ")
      .trim() || "Document";
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A link to a document that tells readers what they will get before they
 * follow it: `[Annual report (PDF, 2.3 MB)](/media/…/annual-report.pdf)`.
 * Selected words become the link's words; the cursor ends after the link.
 */
export function insertDocumentLink(text: string, start: number, end: number, doc: DocumentLinkFields): TextEdit {
  const words = label(text.slice(start, end) || documentTitle(doc.originalName));
  const inserted = `[${words} (${doc.typeLabel}, ${formatBytes(doc.bytes)})](${doc.url})`;
  const at = start + inserted.length;
  return { text: text.slice(0, start) + inserted + text.slice(end), selectionStart: at, selectionEnd: at };
}

/** Makes the line(s) holding the selection a `##` heading (or removes the marker if already one). */
export function toggleHeading(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const line = text.slice(
    lineStart,
    text.indexOf("\n", lineStart) === -1 ? text.length : text.indexOf("\n", lineStart),
  );
  const existing = /^#{1,6} /.exec(line)?.[0] ?? "";
  const marker = existing === "## " ? "" : "## ";
  const shift = marker.length - existing.length;
  return {
    text: text.slice(0, lineStart) + marker + text.slice(lineStart + existing.length),
    selectionStart: Math.max(lineStart, start + shift),
    selectionEnd: Math.max(lineStart, end + shift),
  };
}

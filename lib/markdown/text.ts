import type { Element, Root, RootContent } from "hast";

/** Words per minute for `readingMinutes`; a common figure for adult prose. */
export const WORDS_PER_MINUTE = 230;

// Elements whose boundaries separate words in the plain text.
const BLOCKS = new Set([
  "p",
  "br",
  "hr",
  "h2",
  "h3",
  "h4",
  "ul",
  "ol",
  "li",
  "blockquote",
  "pre",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "aside",
  "section",
  "img",
]);

function classes(node: Element): unknown[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value : [];
}

/**
 * Chrome our plugins add around the writer's words: share links, footnote
 * markers and arrows, the hidden "Footnotes" heading, notes about broken
 * figures or truncation. Search and excerpts should not see it.
 */
function isChrome(node: Element): boolean {
  const c = classes(node);
  return (
    c.includes("shareline-share") ||
    c.includes("figure-note") ||
    c.includes("markdown-truncated") ||
    c.includes("sr-only") ||
    node.properties.dataFootnoteRef !== undefined ||
    node.properties.dataFootnoteBackref !== undefined
  );
}

/**
 * Plain text of the sanitized tree, whitespace collapsed. Iterative, so it
 * never depends on how deeply the document nests.
 */
export function plainText(tree: Root): string {
  const parts: string[] = [];
  const stack: (RootContent | " ")[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === " ") {
      parts.push(" ");
    } else if (node.type === "text") {
      parts.push(node.value);
    } else if (node.type === "element" && !isChrome(node)) {
      const block = BLOCKS.has(node.tagName);
      if (block) stack.push(" ");
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      if (block) parts.push(" ");
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Tokens with at least one letter or digit, so dashes and bullets do not count. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(" ")) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

import type { Node, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { contextOf, type FileLike } from "./context";
import type { AccessibilityCheck, AccessibilityFlag } from "./types";

// What an accessibility reviewer would flag in an article's Markdown, found
// while the writer types (the preview renders on the server and returns
// these) so it can be fixed before readers meet it. Advisory: an editor may
// publish anyway, and the publish records what was flagged.

/** Longer than this, a paragraph is hard to follow on a phone or with a reading difficulty. */
export const LONG_PARAGRAPH_WORDS = 150;
/** Shorter capitalised runs are acronyms and labels, not shouting. */
const ALL_CAPS_MIN_LETTERS = 12;

// Link text that says nothing out of context, in the site's two languages.
// Screen-reader users often move from link to link, or list them all.
const VAGUE_LINK_TEXT = new Set([
  "click here",
  "click",
  "here",
  "read more",
  "more",
  "learn more",
  "find out more",
  "more info",
  "link",
  "this link",
  "this",
  "go",
  "klik hier",
  "klik",
  "hier",
  "lees meer",
  "meer",
  "meer informatie",
  "deze link",
]);

const FILE_NAME = /^[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

const EXCERPT_LENGTH = 60;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

function flag(check: AccessibilityCheck, node: Node, message: string, text: string): AccessibilityFlag | null {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return null;
  return { check, message, excerpt: excerptOf(text), line: start.line, start: start.offset, end: end.offset };
}

function imageAlt(node: RootContent): AccessibilityFlag | null {
  const isFigure = node.type === "leafDirective" && node.name === "figure";
  if (node.type !== "image" && !isFigure) return null;
  const alt = (node.type === "image" ? (node.alt ?? "") : mdastToString(node)).trim();
  const shown = node.type === "image" ? node.url : alt;
  if (!alt) {
    return flag(
      "image-alt",
      node,
      "This image has no alt text. Readers who cannot see it (screen-reader users, or anyone whose images do not load) learn nothing from it: say in a sentence what it shows.",
      shown,
    );
  }
  if (FILE_NAME.test(alt)) {
    return flag(
      "image-alt",
      node,
      "This image's alt text is a file name, which a screen reader reads out as it is: say in a sentence what the image shows.",
      alt,
    );
  }
  return null;
}

/** The levels the page shows: the title is the only level 1, and body headings are clamped to 2–4 (headings.ts). */
const shownDepth = (depth: number) => Math.min(Math.max(depth, 2), 4);

function vagueLink(node: RootContent): AccessibilityFlag | null {
  if (node.type !== "link" && node.type !== "linkReference") return null;
  const text = mdastToString(node);
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!VAGUE_LINK_TEXT.has(words)) return null;
  return flag(
    "vague-link",
    node,
    `The link text “${text.trim()}” does not say where the link goes. Screen-reader users often hear links on their own, as a list: name the destination instead (for example “the full report on damp”).`,
    text,
  );
}

function paragraphFlags(node: RootContent): AccessibilityFlag[] {
  if (node.type !== "paragraph") return [];
  const text = mdastToString(node);
  const flags: (AccessibilityFlag | null)[] = [];
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length >= ALL_CAPS_MIN_LETTERS && !/\p{Ll}/u.test(text)) {
    flags.push(
      flag(
        "all-caps",
        node,
        "This paragraph is all in capitals. Capitals are harder to read (words lose their shape), read as shouting, and some screen readers spell them out letter by letter: write it in normal case and use bold for emphasis.",
        text,
      ),
    );
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > LONG_PARAGRAPH_WORDS) {
    flags.push(
      flag(
        "long-paragraph",
        node,
        `This paragraph has ${words} words. Paragraphs over ${LONG_PARAGRAPH_WORDS} words are hard to follow on a phone and for readers with dyslexia or attention difficulties: split it where the thought turns.`,
        text,
      ),
    );
  }
  return flags.filter((f) => f !== null);
}

/** Every flag in the article's Markdown tree, in the order they appear. */
export function accessibilityFlags(tree: Root): AccessibilityFlag[] {
  const flags: AccessibilityFlag[] = [];
  let previousDepth = 1;
  visit(tree, (node: Root | RootContent) => {
    if (node.type === "root") return;
    // Code is shown as typed; its capitals and brackets are not prose.
    if (node.type === "code" || node.type === "inlineCode") return "skip";
    if (node.type === "heading") {
      const depth = shownDepth(node.depth);
      if (depth > previousDepth + 1) {
        const found = flag(
          "heading-level",
          node,
          `This heading is level ${depth} but follows level ${previousDepth}, skipping level ${previousDepth + 1}. Screen-reader users move through an article by its headings, and a skipped level suggests a section is missing: use level ${previousDepth + 1} here.`,
          mdastToString(node),
        );
        if (found) flags.push(found);
      }
      previousDepth = depth;
      return;
    }
    flags.push(...[imageAlt(node), vagueLink(node), ...paragraphFlags(node)].filter((f) => f !== null));
  });
  return flags;
}

/** Read-only: runs on the Markdown as typed, before figures and headings are rewritten. */
export function remarkAccessibilityChecks() {
  return (tree: Root, file: FileLike): undefined => {
    contextOf(file).accessibilityFlags = accessibilityFlags(tree);
  };
}

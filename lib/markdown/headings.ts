import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { visit } from "unist-util-visit";
import { plainText } from "./text";
import type { Heading } from "./types";

/**
 * The page title is the article's only `<h1>`, and the article styles stop at
 * `<h4>`, so body headings are clamped to 2–4: `# x` becomes `<h2>`, `#####`
 * becomes `<h4>`. Runs on mdast, before slugs are made.
 */
export function remarkClampHeadings() {
  return (tree: MdastRoot): undefined => {
    visit(tree, "heading", (node) => {
      node.depth = node.depth < 2 ? 2 : node.depth > 4 ? 4 : node.depth;
    });
  };
}

/**
 * Every heading id starts with this, and no id the page itself sets does:
 * a heading then never collides with the layout's ids (skip links, the
 * comments section, footnotes) nor becomes a global that shadows one a script
 * reads (`window.__next_f`, `submit`): `h-…` is no JavaScript identifier.
 */
export const HEADING_ID_PREFIX = "h-";

function isHeading(node: Element): boolean {
  return node.tagName === "h2" || node.tagName === "h3" || node.tagName === "h4";
}

/** Runs after rehype-slug, whose ids are already unique: the prefix keeps them so. */
export function rehypePrefixHeadingIds() {
  return (tree: HastRoot): undefined => {
    visit(tree, "element", (node) => {
      const id = node.properties.id;
      if (!isHeading(node) || typeof id !== "string" || node.properties.className) return;
      node.properties.id = HEADING_ID_PREFIX + id;
    });
  };
}

/**
 * The table of contents: `<h2>`/`<h3>` with ids, read from the sanitized
 * tree so it lists exactly what the page shows. The footnotes' visually
 * hidden "Footnotes" heading carries a class and is skipped.
 */
export function collectHeadings(tree: HastRoot): Heading[] {
  const headings: Heading[] = [];
  visit(tree, "element", (node) => {
    if (node.tagName !== "h2" && node.tagName !== "h3") return;
    const id = node.properties.id;
    if (typeof id !== "string" || node.properties.className) return;
    // plainText skips footnote markers, so "Costs[^1]" is listed as "Costs".
    const text = plainText({ type: "root", children: [node] });
    headings.push({ depth: node.tagName === "h2" ? 2 : 3, id, text });
  });
  return headings;
}

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

export const ID_PREFIX = "user-content-";

/**
 * Ids that must not be used as-is. An element id becomes a global
 * (`window.x`) when nothing else has that name, which lets a heading shadow a
 * variable a script reads before assigning (Next.js reads `self.__next_f`
 * this way), and it can collide with ids the page layout uses for skip links
 * and sections. Object.prototype names are here for code that keeps ids in
 * plain objects. Slugs are lower-case, so only lower-case names matter.
 */
const RESERVED_IDS = new Set([
  "constructor",
  "prototype",
  "__proto__",
  "tostring",
  "valueof",
  "hasownproperty",
  "submit",
  "reset",
  "action",
  "method",
  "target",
  "elements",
  "length",
  "form",
  "forms",
  "location",
  "document",
  "window",
  "self",
  "top",
  "parent",
  "frames",
  "opener",
  "name",
  "history",
  "navigator",
  "origin",
  "cookie",
  "domain",
  "body",
  "head",
  "images",
  "links",
  "anchors",
  "scripts",
  "attributes",
  "children",
  "defaultview",
  "next",
  "react",
  "webpack",
  "main",
  "content",
  "main-content",
  "header",
  "footer",
  "nav",
  "navigation",
  "search",
  "comments",
  "comment-form",
  "article",
  "article-body",
  "skip",
  "skip-link",
  "footnote-label",
  "footnotes",
]);

/** Whether a slug needs the prefix (exported for tests). */
export function isReservedId(id: string): boolean {
  return (
    RESERVED_IDS.has(id) ||
    // `_`/`$`/digit starts: framework globals (`__next_f`, `_N_E`) and ids
    // that are awkward in CSS selectors.
    !/^[\p{L}]/u.test(id) ||
    id.startsWith(ID_PREFIX)
  );
}

function isHeading(node: Element): boolean {
  return node.tagName === "h2" || node.tagName === "h3" || node.tagName === "h4";
}

/**
 * Runs after rehype-slug: prefixes reserved slugs and keeps ids unique
 * (rehype-slug dedupes with github-slugger, but a prefixed id could meet a
 * heading literally titled `user-content-…`).
 */
export function rehypeGuardHeadingIds() {
  return (tree: HastRoot): undefined => {
    const used = new Set<string>();
    visit(tree, "element", (node) => {
      const id = node.properties.id;
      if (!isHeading(node) || typeof id !== "string" || node.properties.className) return;
      let safe = isReservedId(id) ? ID_PREFIX + id : id;
      for (let n = 1; used.has(safe); n++) safe = `${ID_PREFIX}${id}-${n}`;
      used.add(safe);
      node.properties.id = safe;
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

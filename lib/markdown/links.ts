import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { contextOf, type FileLike } from "./context";
import { isAllowedUrl, isExternalUrl, normalizeScheme } from "./urls";

export const TRUSTED_REL = ["noopener", "noreferrer"];
export const UNTRUSTED_REL = ["noopener", "noreferrer", "nofollow", "ugc"];

function stringProperty(node: Element, name: string): string | null {
  const value = node.properties[name];
  return typeof value === "string" ? value : null;
}

/**
 * Rehype plugin for every `<a>` and `<img>` the pipeline produced.
 *
 * Links: a link whose URL is not allowed is unwrapped to its text (an `<a>`
 * without `href` would still look clickable); external links get `rel`. Only
 * our own plugins can set `rel` before this runs (raw HTML is dropped), so an
 * existing `rel` (the shareline's) is kept. We never add `target="_blank"`:
 * readers choose where links open.
 *
 * Images: a disallowed `src` (e.g. `data:`) removes the image; the rest load
 * lazily so long articles do not fetch every picture up front.
 */
export function rehypeLinkPolicy() {
  return (tree: Root, file: FileLike): undefined => {
    const { options, profile } = contextOf(file);
    // Only staff articles are vouched for; bios and comments never are.
    const trusted = profile === "article" && options.trustedAuthor === true;
    const rel = trusted ? TRUSTED_REL : UNTRUSTED_REL;
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName === "a") {
        const href = stringProperty(node, "href");
        if (href === null || !isAllowedUrl(href, "link")) {
          if (parent && index !== undefined) {
            parent.children.splice(index, 1, ...(node.children as ElementContent[]));
            return [SKIP, index];
          }
          return;
        }
        node.properties.href = normalizeScheme(href);
        if (isExternalUrl(href) && node.properties.rel === undefined) {
          node.properties.rel = [...rel];
        }
        delete node.properties.target;
      } else if (node.tagName === "img") {
        const src = stringProperty(node, "src");
        if (src === null || !isAllowedUrl(src, "image")) {
          if (parent && index !== undefined) {
            parent.children.splice(index, 1);
            return [SKIP, index];
          }
          return;
        }
        node.properties.src = normalizeScheme(src);
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
      }
      return undefined;
    });
  };
}

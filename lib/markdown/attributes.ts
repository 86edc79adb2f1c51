import type { Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * hast-util-to-html leaves `<`, `>` and `=` unescaped inside quoted attribute
 * values. That is valid and safe HTML, but it means a title or alt text like
 * `<script>` or `" onerror="x` appears verbatim in the stored HTML, where
 * naive consumers (regex checks, a feed reader, someone pasting it into
 * another attribute) can be misled. We keep the invariants "a literal `<` in
 * our HTML always opens one of our tags" and "` onx=` never appears inside a
 * tag": those characters in attribute values are swapped for private-use
 * placeholders here and for character references after serializing. URL
 * attributes keep `=` (query strings) but are percent-encoded, so they hold
 * no whitespace. Placeholders in the input are replaced beforehand, so only
 * ours exist.
 */
const PLACEHOLDERS: Record<string, string> = { "<": "\uE000", ">": "\uE001", "=": "\uE002" };
const REFERENCES: Record<string, string> = { "\uE000": "&#x3C;", "\uE001": "&#x3E;", "\uE002": "&#x3D;" };
const ANY_PLACEHOLDER = /[\uE000-\uE002]/g;
const URL_ATTRIBUTES = new Set(["href", "src"]);

export function scrubPlaceholders(source: string): string {
  return source.replace(ANY_PLACEHOLDER, "\uFFFD");
}

export function restoreBrackets(html: string): string {
  return html.replace(ANY_PLACEHOLDER, (c) => REFERENCES[c]!);
}

const swap = (value: string, url: boolean): string => value.replace(url ? /[<>]/g : /[<>=]/g, (c) => PLACEHOLDERS[c]!);

/** Language classes on code blocks must be a plain identifier, else dropped. */
const LANGUAGE_CLASS = /^language-[\w+#.-]{1,40}$/;

/**
 * Runs just before sanitizing: placeholders for attribute brackets, and an
 * invalid code-block language (the fence info string is free text) removed
 * instead of leaving an empty `class=""` behind.
 */
export function rehypeAttributeHygiene() {
  return (tree: Root): undefined => {
    visit(tree, "element", (node) => {
      const properties = node.properties;
      if (node.tagName === "code" && Array.isArray(properties.className)) {
        const classes = properties.className.filter((c) => typeof c === "string" && LANGUAGE_CLASS.test(c));
        if (classes.length > 0) properties.className = classes;
        else delete properties.className;
      }
      for (const [key, value] of Object.entries(properties)) {
        const url = URL_ATTRIBUTES.has(key);
        if (typeof value === "string") properties[key] = swap(value, url);
        else if (Array.isArray(value)) properties[key] = value.map((v) => (typeof v === "string" ? swap(v, url) : v));
      }
    });
  };
}

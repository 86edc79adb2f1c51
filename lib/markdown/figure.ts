import type { Element, ElementContent } from "hast";
import type { Paragraph, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { encodeUrl, isAllowedUrl } from "./urls";

type LeafDirective = Extract<RootContent, { type: "leafDirective" }>;

/** Marks a directive node as handled, so the fallback leaves it alone. */
export const HANDLED = "mastheadHandled";

export function isHandled(node: { data?: object | undefined }): boolean {
  return (node.data as Record<string, unknown> | undefined)?.[HANDLED] === true;
}

export function markHandled(node: { data?: object | undefined }): void {
  node.data = { ...node.data, [HANDLED]: true };
}

function figureElement(src: string, alt: string, caption: string, credit: string): Element {
  const captionChildren: ElementContent[] = [];
  if (caption) captionChildren.push({ type: "text", value: caption });
  if (credit) {
    if (caption) captionChildren.push({ type: "text", value: " " });
    captionChildren.push({
      type: "element",
      tagName: "span",
      properties: { className: ["credit"] },
      children: [{ type: "text", value: `Picture: ${credit}` }],
    });
  }
  const children: ElementContent[] = [
    // loading/decoding are added to every image by links.ts.
    { type: "element", tagName: "img", properties: { src, alt }, children: [] },
  ];
  if (captionChildren.length > 0) {
    children.push({ type: "element", tagName: "figcaption", properties: {}, children: captionChildren });
  }
  return { type: "element", tagName: "figure", properties: { className: ["figure"] }, children };
}

/**
 * A figure we cannot render honestly (no alt text, no or a forbidden image
 * URL) becomes a short visible note instead of a broken or inaccessible
 * image, so the writer notices it in preview.
 */
function figureNote(node: LeafDirective | Paragraph, message: string): void {
  node.data = {
    ...node.data,
    hName: "p",
    hProperties: { className: ["figure-note"] },
    hChildren: [{ type: "text", value: `[${message}]` }],
  };
  markHandled(node);
}

function attribute(node: LeafDirective, name: string): string {
  const value = node.attributes?.[name];
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/**
 * `::figure[alt]{src="…" caption="…" credit="…"}` and a lone titled image
 * (`![alt](/x.jpg "Caption")`) become
 * `<figure class="figure"><img …><figcaption>…</figcaption></figure>`.
 * Attribute values are used as plain text and only the three named
 * attributes are read, so `{onerror=…}`, `{style=…}`, `{class=…}`, `{#id}`
 * have no effect.
 */
export function remarkFigure() {
  return (tree: Root): undefined => {
    visit(tree, (node) => {
      if (node.type === "leafDirective" && node.name === "figure") {
        const alt = mdastToString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();
        const src = attribute(node, "src");
        if (!src) return figureNote(node, "figure missing image source");
        if (!isAllowedUrl(src, "image")) return figureNote(node, "figure image source not allowed");
        if (!alt) return figureNote(node, "figure missing alt text");
        const figure = figureElement(encodeUrl(src), alt, attribute(node, "caption"), attribute(node, "credit"));
        node.data = { ...node.data, hName: "figure", hProperties: figure.properties, hChildren: figure.children };
        markHandled(node);
        return;
      }
      if (node.type === "paragraph" && node.children.length === 1) {
        const image = node.children[0];
        if (image?.type !== "image" || !image.title || !isAllowedUrl(image.url, "image")) return;
        const caption = image.title.replace(/\s+/g, " ").trim();
        const figure = figureElement(image.url, image.alt ?? "", caption, "");
        node.data = { ...node.data, hName: "figure", hProperties: figure.properties, hChildren: figure.children };
      }
      return undefined;
    });
  };
}

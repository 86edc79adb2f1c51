import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Blockquote, Link, Nodes as MdastNodes, Paragraph, PhrasingContent, Root as MdastRoot } from "mdast";
import type { Options as RehypeRemarkOptions } from "rehype-remark";
import { visit } from "unist-util-visit";
import { embedPageUrl, parseEmbedUrl } from "../../../markdown/embed-providers";
import type { ShortcodeContext } from "./shortcodes";

// How WordPress's markup maps onto Markdown where rehype-remark's defaults
// would lose something: figures with their caption, embeds, frames, quotes
// with their citation, images that were not brought along. Also the two
// tree clean-ups around the conversion: markup a reader never saw goes
// before it, addresses typed as text become links after it.

export interface ConvertContext extends ShortcodeContext {
  /** The site's address for an image the post shows, or null when the image was not brought along. */
  image(url: string): string | null;
}

type Handle = NonNullable<NonNullable<RehypeRemarkOptions["handlers"]>[string]>;
type State = Parameters<Handle>[0];


const hasClass = (node: Element, name: string) => {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.some((c) => String(c) === name || String(c).startsWith(`${name}-`));
};

const isElement = (node: ElementContent | undefined, tagName?: string): node is Element =>
  node?.type === "element" && (tagName === undefined || node.tagName === tagName);

function findElement(node: Element, test: (e: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return null;
}

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const text = (value: string): PhrasingContent => ({ type: "text", value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const bareLink = (url: string): Link => ({ type: "link", url, title: null, children: [text(url)] });

/** An address alone on its line: the site turns the ones it knows into embeds, the rest into links. */
function embedOf(url: string, caption: string): MdastNodes {
  const embed = parseEmbedUrl(url);
  const address = embed ? embedPageUrl(embed) : url;
  if (embed && caption) {
    return { type: "leafDirective", name: "embed", attributes: { url: address }, children: [text(caption)] };
  }
  return paragraph([bareLink(address)]);
}

function attachmentAlt(img: Element, context: ConvertContext): string {
  const alt = oneLine(String(img.properties?.alt ?? ""));
  if (alt) return alt;
  const classes = Array.isArray(img.properties?.className) ? img.properties.className.map(String) : [];
  const id = classes.map((c) => /^wp-image-(\d+)$/.exec(c)?.[1]).find(Boolean);
  return id ? oneLine(context.attachment(id)?.alt ?? "") : "";
}

export function handlers(context: ConvertContext, missing: Pick<Set<string>, "add">): Record<string, Handle> {
  /** A picture with its words: a figure when it has alt text and a caption, a plain image otherwise. */
  const picture = (state: State, img: Element, caption: string): MdastNodes | undefined => {
    const original = String(img.properties?.src ?? "").trim();
    const alt = attachmentAlt(img, context) || caption;
    const src = original ? context.image(original) : null;
    if (!src) {
      if (!original || original.startsWith("data:")) return undefined;
      missing.add(original);
      const label = alt || original.split("/").pop() || original;
      return paragraph([{ type: "link", url: original, title: null, children: [text(`Image: ${label}`)] }]);
    }
    if (caption && alt) {
      return { type: "leafDirective", name: "figure", attributes: { src, caption }, children: [text(alt)] };
    }
    const image = { type: "image" as const, url: src, alt, title: caption || null };
    state.patch(img, image);
    return image;
  };

  return {
    img: (state, node) => picture(state, node, ""),
    figure: (state, node) => {
      const figcaption = node.children.find((c): c is Element => isElement(c, "figcaption"));
      const caption = figcaption ? oneLine(hastToString(figcaption)) : "";
      const wrapper = findElement(node, (e) => hasClass(e, "wp-block-embed__wrapper"));
      if (hasClass(node, "wp-block-embed") || wrapper) {
        const url = /https?:\/\/\S+/.exec(hastToString(wrapper ?? node))?.[0];
        return url ? embedOf(url, caption) : undefined;
      }
      const images: Element[] = [];
      const collect = (e: Element) => {
        for (const child of e.children) {
          if (child.type !== "element") continue;
          if (child.tagName === "img") images.push(child);
          else if (child.tagName !== "figcaption" && child.tagName !== "figure") collect(child);
        }
      };
      collect(node);
      const figures = node.children.filter((c): c is Element => isElement(c, "figure"));
      if (images.length === 1 && figures.length === 0) {
        const result = picture(state, images[0]!, caption);
        return result?.type === "image" ? paragraph([result]) : result;
      }
      return state.toFlow(state.all(node));
    },
    iframe: (_state, node) => {
      const src = String(node.properties?.src ?? "").trim();
      if (!/^https?:\/\//.test(src)) return undefined;
      const embed = parseEmbedUrl(src);
      if (embed) return paragraph([bareLink(embedPageUrl(embed))]);
      const title = oneLine(String(node.properties?.title ?? ""));
      return { type: "link", url: src, title: null, children: [text(title || src)] };
    },
    blockquote: (state, node) => {
      const cite = findElement(node, (e) => e.tagName === "cite" || e.tagName === "footer");
      const citation = cite ? oneLine(hastToString(cite)) : "";
      const body: Element = cite ? { ...node, children: withoutElement(node.children, cite) } : node;
      const children = state.toFlow(state.all(body)) as Blockquote["children"];
      if (citation) children.push(paragraph([text(`— ${citation}`)]));
      const result: Blockquote = { type: "blockquote", children };
      state.patch(node, result);
      return result;
    },
  };
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]]/g;

/**
 * Addresses typed as text (a classic post's pasted link) become links, as
 * WordPress showed them: left as text they would be escaped on the way out
 * and stay unlinked, and one alone on its line would not become an embed.
 */
export function linkAddresses(tree: MdastRoot): void {
  visit(tree, "text", (node, index, parent) => {
    if (!parent || index === undefined || parent.type === "link" || parent.type === "linkReference") return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(URL_IN_TEXT)) {
      if (match.index > last) parts.push(text(node.value.slice(last, match.index)));
      parts.push(bareLink(match[0]));
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push(text(node.value.slice(last)));
    parent.children.splice(index, 1, ...(parts as typeof parent.children));
    return index + parts.length;
  });
}

const isBreak = (node: PhrasingContent | undefined) => node?.type === "break";
const isBlank = (node: PhrasingContent | undefined) => node?.type === "text" && !node.value.trim();

/**
 * Two line breaks in a row end a paragraph, as WordPress's paragraph rules
 * read them (autop.ts) and as Blogger's editor wrote paragraphs: left as
 * they are, they would be empty lines held together with backslashes.
 */
export function splitParagraphsAtDoubleBreaks(tree: MdastRoot): void {
  visit(tree, "paragraph", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const runs: PhrasingContent[][] = [[]];
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      let j = i;
      let breaks = 0;
      while (j < children.length && (isBreak(children[j]) || isBlank(children[j]))) breaks += Number(isBreak(children[j++]));
      if (breaks >= 2) {
        runs.push([]);
        i = j - 1;
      } else runs[runs.length - 1]!.push(children[i]!);
    }
    const paragraphs = runs
      .map((run) => trimBreaks(run))
      .filter((run) => run.some((c) => !isBlank(c)))
      .map(paragraph);
    if (paragraphs.length < 2) return;
    parent.children.splice(index, 1, ...paragraphs);
    return index + paragraphs.length;
  });
}

function trimBreaks(run: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  let end = run.length;
  while (start < end && (isBreak(run[start]) || isBlank(run[start]))) start++;
  while (end > start && (isBreak(run[end - 1]) || isBlank(run[end - 1]))) end--;
  return run.slice(start, end);
}

function withoutElement(children: ElementContent[], drop: Element): ElementContent[] {
  return children
    .filter((child) => child !== drop)
    .map((child) => (isElement(child) ? { ...child, children: withoutElement(child.children, drop) } : child));
}

/**
 * A linked image that was not brought along (Blogger and WordPress both wrap
 * a picture in a link to its full-size copy) becomes the image alone: it is
 * then itself a link to where it was, instead of a link inside a link.
 */
export function unwrapMissingLinkedImages(tree: HastRoot, context: Pick<ConvertContext, "image">): void {
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "a" || !parent || index === undefined) return;
    const content = node.children.filter((c) => !(c.type === "text" && !c.value.trim()) && c.type !== "comment");
    const img = content.length === 1 && isElement(content[0], "img") ? content[0] : null;
    const src = img ? String(img.properties?.src ?? "").trim() : "";
    if (!img || !src || src.startsWith("data:") || context.image(src)) return;
    parent.children.splice(index, 1, img);
  });
}

/** Markup a reader never saw as content: gone before conversion, with what is inside it. */
const DROPPED = new Set(["script", "style", "noscript", "template", "form", "button", "object", "embed", "svg"]);

export function removeDropped(tree: HastRoot): void {
  const prune = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (child.type === "comment") return [];
      if (!isElement(child)) return [child];
      if (DROPPED.has(child.tagName)) return [];
      child.children = prune(child.children);
      return [child];
    });
  tree.children = prune(tree.children as ElementContent[]) as HastRoot["children"];
}

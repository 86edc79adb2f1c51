import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Blockquote, Link, Nodes as MdastNodes, Paragraph, PhrasingContent, Root as MdastRoot } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark, { type Options as RehypeRemarkOptions } from "rehype-remark";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { embedPageUrl, parseEmbedUrl } from "../../../markdown/embed-providers";
import { autop } from "./autop";
import { expandShortcodes, type ShortcodeContext } from "./shortcodes";

// A WordPress post's content (block-editor markup or classic-editor HTML) as
// the house Markdown, through the unified ecosystem the site renders with:
// rehype-parse → rehype-remark → remark-stringify. What a reader saw keeps
// its shape (headings, lists, quotes with their citation, figures with alt
// text and caption, links, tables, embeds); what the site never shows from
// a writer (scripts, frames, inline styles, raw HTML) does not come along.
// The Markdown then goes through the site's own sanitizing pipeline on save.

export interface ConvertContext extends ShortcodeContext {
  /** The site's address for an image the post shows, or null when the image was not brought along. */
  image(url: string): string | null;
}

export interface Converted {
  markdown: string;
  /** The text before <!--more-->, where the post had one. */
  teaser: string | null;
  /** Image addresses the post shows that were not brought along: left as links to where they were. */
  missingImages: string[];
}

type Handle = NonNullable<NonNullable<RehypeRemarkOptions["handlers"]>[string]>;
type State = Parameters<Handle>[0];

const MORE = /<!--\s*more\b[^>]*-->/i;
const BLOCK_MARKUP = /<!--\s*wp:/;

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

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
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

function handlers(context: ConvertContext, missing: Pick<Set<string>, "add">): Record<string, Handle> {
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
function linkAddresses(tree: MdastRoot): void {
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

function withoutElement(children: ElementContent[], drop: Element): ElementContent[] {
  return children
    .filter((child) => child !== drop)
    .map((child) => (isElement(child) ? { ...child, children: withoutElement(child.children, drop) } : child));
}

/** Markup a reader never saw as content: gone before conversion, with what is inside it. */
const DROPPED = new Set(["script", "style", "noscript", "template", "form", "button", "object", "embed", "svg"]);

function removeDropped(tree: HastRoot): void {
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

const parser = unified().use(rehypeParse, { fragment: true });

/**
 * What the handlers consult while one conversion runs. Conversions are
 * synchronous, so one processor serves them all: building a processor per
 * post cost an import of 20,000 posts measurable time and garbage.
 */
let active: { context: ConvertContext; missing: Set<string> } | null = null;

const NO_IMAGES: ConvertContext = { image: () => null, attachment: () => null, attachedImages: () => [] };

const activeContext: ConvertContext = {
  image: (url) => (active?.context ?? NO_IMAGES).image(url),
  attachment: (id) => (active?.context ?? NO_IMAGES).attachment(id),
  attachedImages: () => (active?.context ?? NO_IMAGES).attachedImages(),
};

const processor = unified()
  .use(() => removeDropped)
  .use(rehypeRemark, {
    handlers: handlers(activeContext, { add: (url: string) => active!.missing.add(url) }),
    nodeHandlers: { comment: () => undefined },
  })
  .use(() => linkAddresses)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fence: "`", rule: "-", listItemIndent: "one" })
  .freeze();

function convert(html: string, context: ConvertContext, missing: Set<string>): string {
  active = { context, missing };
  try {
    return processor.stringify(processor.runSync(parser.parse(html)) as MdastRoot).trim();
  } finally {
    active = null;
  }
}

function htmlOf(content: string, context: ShortcodeContext): string {
  const expanded = expandShortcodes(content, context);
  return BLOCK_MARKUP.test(content) ? expanded : autop(expanded);
}

/** The post's content as Markdown, with the teaser before <!--more--> and the images left behind. */
export function wordpressToMarkdown(content: string, context: ConvertContext): Converted {
  const missing = new Set<string>();
  const more = MORE.exec(content);
  const teaserHtml = more ? htmlOf(content.slice(0, more.index), context) : null;
  const markdown = convert(htmlOf(content.replace(MORE, ""), context), context, missing);
  const teaser = teaserHtml === null ? null : oneLine(hastToString(parser.parse(teaserHtml)));
  return { markdown, teaser: teaser || null, missingImages: [...missing] };
}

/** An excerpt or comment-free snippet of HTML as one line of plain text. */
export function plainTextOf(html: string): string {
  if (!/[<&]/.test(html)) return oneLine(html);
  return oneLine(hastToString(parser.parse(html)));
}

/** A comment's HTML as Markdown: WordPress shows comments with the same paragraph rules as classic posts. */
export function commentToMarkdown(content: string): string {
  return convert(autop(content), NO_IMAGES, new Set());
}

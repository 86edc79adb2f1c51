import { toString as hastToString } from "hast-util-to-string";
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { autop } from "./autop";
import {
  type ConvertContext,
  handlers,
  linkAddresses,
  oneLine,
  removeDropped,
  splitParagraphsAtDoubleBreaks,
  unwrapMissingLinkedImages,
} from "./handlers";
import { expandShortcodes, type ShortcodeContext } from "./shortcodes";

export type { ConvertContext };

// A WordPress post's content (block-editor markup or classic-editor HTML) as
// the house Markdown, through the unified ecosystem the site renders with:
// rehype-parse → rehype-remark → remark-stringify. What a reader saw keeps
// its shape (headings, lists, quotes with their citation, figures with alt
// text and caption, links, tables, embeds); what the site never shows from
// a writer (scripts, frames, inline styles, raw HTML) does not come along.
// The Markdown then goes through the site's own sanitizing pipeline on save.

export interface Converted {
  markdown: string;
  /** The text before <!--more-->, where the post had one. */
  teaser: string | null;
  /** Image addresses the post shows that were not brought along: left as links to where they were. */
  missingImages: string[];
}

const MORE = /<!--\s*more\b[^>]*-->/i;
const BLOCK_MARKUP = /<!--\s*wp:/;

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
  .use(() => (tree: HastRoot) => unwrapMissingLinkedImages(tree, activeContext))
  .use(rehypeRemark, {
    handlers: handlers(activeContext, { add: (url: string) => active!.missing.add(url) }),
    nodeHandlers: { comment: () => undefined },
  })
  .use(() => linkAddresses)
  .use(() => splitParagraphsAtDoubleBreaks)
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

/** Where Blogger's HTML ends a line of text: a space in the plain-text teaser. */
const LINE_ENDS = /<br\s*\/?>|<\/(?:p|div|h[1-6]|li|blockquote)>/gi;

/** Blogger's jump break: what comes before it is the teaser on the blog's front page. */
const JUMP_BREAK = /<a\s+name\s*=\s*["']?more["']?\s*>\s*<\/a>/i;

/**
 * HTML as the editor wrote it (Blogger's posts): no paragraph rules or
 * shortcodes to apply, the same conversion otherwise, with the teaser before
 * the jump break.
 */
export function htmlToMarkdown(html: string, context: ConvertContext): Converted {
  const missing = new Set<string>();
  const more = JUMP_BREAK.exec(html);
  const teaser = more ? plainTextOf(html.slice(0, more.index).replace(LINE_ENDS, " ")) : null;
  const markdown = convert(html.replace(JUMP_BREAK, ""), context, missing);
  return { markdown, teaser: teaser || null, missingImages: [...missing] };
}

/** An excerpt or comment-free snippet of HTML as one line of plain text. */
export function plainTextOf(html: string): string {
  if (!/[<&]/.test(html)) return oneLine(html);
  return oneLine(hastToString(parser.parse(html)));
}

/** A comment's HTML as Markdown: WordPress shows comments with the same paragraph rules as classic posts. */
export function commentToMarkdown(content: string, markup: "wordpress" | "html" = "wordpress"): string {
  return convert(markup === "wordpress" ? autop(content) : content, NO_IMAGES, new Set());
}

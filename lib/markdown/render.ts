import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { remarkAccessibilityChecks } from "./accessibility-checks";
import { rehypeAttributeHygiene, restoreBrackets, scrubPlaceholders } from "./attributes";
import { attachContext, contextOf, type FileLike, type RenderContext } from "./context";
import { remarkDelimiterBudget } from "./delimiter-budget";
import { remarkDirectiveFallback } from "./directives";
import { remarkEmbed } from "./embed";
import { remarkFigure } from "./figure";
import { collectHeadings, rehypePrefixHeadingIds, remarkClampHeadings } from "./headings";
import { guardSource } from "./guard-source";
import { MARKDOWN_MAX_LENGTH, truncateSource } from "./limits";
import { rehypeLinkPolicy } from "./links";
import { remarkRestrict } from "./restrict";
import { sanitizeSchemas } from "./sanitize-schema";
import { remarkShareline } from "./shareline";
import { countWords, plainText, readingMinutes } from "./text";
import type { MarkdownProfile, RenderOptions, RenderResult } from "./types";

/**
 * Bump whenever the HTML for the same Markdown changes (plugins, schema,
 * limits), so stored renders can be found and re-rendered.
 */
export const MARKDOWN_RENDER_VERSION = 4;

const PROFILES: readonly MarkdownProfile[] = ["article", "bio", "comment"];

/** Says so, visibly, when the input guard cut the source (see limits.ts). */
function remarkTruncationNote() {
  return (tree: MdastRoot, file: FileLike): undefined => {
    const { truncated, profile } = contextOf(file);
    if (!truncated) return;
    const max = MARKDOWN_MAX_LENGTH[profile].toLocaleString("en-GB");
    tree.children.push({
      type: "paragraph",
      data: { hProperties: { className: ["markdown-truncated"] } },
      children: [{ type: "text", value: `[The rest of this text is longer than ${max} characters and is not shown.]` }],
    });
  };
}

/** Read-only: runs after sanitizing so headings and text match the HTML exactly. */
function rehypeCollect() {
  return (tree: HastRoot, file: FileLike): undefined => {
    const context = contextOf(file);
    context.headings = context.profile === "article" ? collectHeadings(tree) : [];
    context.text = plainText(tree);
  };
}

const remarkRehypeOptions = {
  // Raw HTML in Markdown is dropped, never passed through.
  allowDangerousHtml: false,
  // Footnote ids/hrefs keep this prefix; sanitize adds none (see sanitize-schema.ts).
  clobberPrefix: "user-content-",
} as const;

// Sanitize is the last transform: everything before it may add attributes,
// and anything it does not allow explicitly is gone. After it only a
// read-only collector runs, and restoreBrackets turns attribute placeholders
// into character references in the serialized string (see attributes.ts).
function articleProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkDelimiterBudget)
    .use(remarkAccessibilityChecks)
    .use(remarkFigure)
    .use(remarkEmbed)
    .use(remarkShareline)
    .use(remarkDirectiveFallback)
    .use(remarkClampHeadings)
    .use(remarkTruncationNote)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypeSlug)
    .use(rehypePrefixHeadingIds)
    .use(rehypeLinkPolicy)
    .use(rehypeAttributeHygiene)
    .use(rehypeSanitize, sanitizeSchemas.article)
    .use(rehypeCollect)
    .use(rehypeStringify)
    .freeze();
}

// No remark-directive: in bios and comments `:::x` and `::x[y]` are just text.
function restrictedProcessor(profile: "bio" | "comment") {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDelimiterBudget)
    .use(remarkRestrict)
    .use(remarkTruncationNote)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypeLinkPolicy)
    .use(rehypeAttributeHygiene)
    .use(rehypeSanitize, sanitizeSchemas[profile])
    .use(rehypeCollect)
    .use(rehypeStringify)
    .freeze();
}

type AnyProcessor = ReturnType<typeof articleProcessor> | ReturnType<typeof restrictedProcessor>;
const processors = new Map<MarkdownProfile, AnyProcessor>();

function processorFor(profile: MarkdownProfile): AnyProcessor {
  let processor = processors.get(profile);
  if (!processor) {
    processor = profile === "article" ? articleProcessor() : restrictedProcessor(profile);
    processors.set(profile, processor);
  }
  return processor;
}

/**
 * Renders Markdown for one of the product's profiles. Pure and synchronous;
 * never throws for any string input.
 */
export function render(markdown: string, profile: MarkdownProfile, options: RenderOptions = {}): RenderResult {
  if (!PROFILES.includes(profile)) throw new TypeError(`Unknown Markdown profile: ${String(profile)}`);
  const cut = truncateSource(scrubPlaceholders(typeof markdown === "string" ? markdown : ""), profile);
  const source = guardSource(cut.source, profile === "article");
  const context: RenderContext = {
    profile,
    options,
    source,
    truncated: cut.truncated,
    headings: [],
    text: "",
    accessibilityFlags: [],
  };
  const data = {};
  attachContext({ data }, context);
  const html = restoreBrackets(String(processorFor(profile).processSync({ value: source, data })));
  const wordCount = countWords(context.text);
  return {
    html,
    text: context.text,
    headings: context.headings,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    accessibilityFlags: context.accessibilityFlags,
  };
}

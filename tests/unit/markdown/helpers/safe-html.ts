/**
 * A strict, self-contained checker for the HTML lib/markdown produces. It
 * tokenizes tags itself (no HTML parser is installed) and fails on anything
 * outside a small allow-list, so a regression shows up even if the sanitizer
 * and the checker would share a blind spot.
 */
import type { MarkdownProfile } from "../../../../lib/markdown";

export interface Tag {
  name: string;
  closing: boolean;
  attributes: { name: string; value: string | null }[];
}

const ALLOWED_TAGS: Record<MarkdownProfile, Set<string>> = {
  article: new Set(
    "p br em strong a code h2 h3 h4 ul ol li input blockquote pre hr del sup sub table thead tbody tr th td img figure figcaption span aside section".split(
      " ",
    ),
  ),
  bio: new Set("p br em strong a code ul ol li".split(" ")),
  comment: new Set("p br em strong a code blockquote".split(" ")),
};

// Belt and braces: named explicitly so a widened allow-list cannot admit them.
const FORBIDDEN_TAGS = new Set(
  "script style iframe object embed svg math form base meta link template noscript frame frameset applet textarea select button video audio source portal xmp title plaintext noembed body html head".split(
    " ",
  ),
);

const ALLOWED_ATTRIBUTES = new Set(
  "href src alt title rel id class aria-label aria-describedby data-footnote-ref data-footnote-backref data-footnotes type disabled checked start align loading decoding".split(
    " ",
  ),
);

const LINK_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
const IMAGE_SCHEMES = new Set(["http", "https"]);

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  lpar: "(",
  rpar: ")",
  period: ".",
  comma: ",",
  excl: "!",
  num: "#",
  percnt: "%",
  nbsp: "\u00a0",
};

/** Decodes numeric references (with or without `;`) and the named ones that matter for URLs. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED[body.toLowerCase()] ?? match;
  });
}

/** Browsers drop whitespace and control characters while reading a scheme. */
export function urlScheme(raw: string): string | null {
  const url = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const match = /^([^/?#]*?):/.exec(url);
  return match ? match[1]!.toLowerCase() : null;
}

export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
  while ((i = html.indexOf("<", i)) !== -1) {
    const closing = html[i + 1] === "/";
    let j = i + (closing ? 2 : 1);
    if (!/[a-z]/i.test(html[j] ?? "")) {
      throw new Error(`bare "<" not starting a tag at ${i}: ${JSON.stringify(html.slice(i, i + 40))}`);
    }
    const nameStart = j;
    while (j < html.length && !isSpace(html[j]) && html[j] !== ">" && html[j] !== "/") j++;
    const tag: Tag = { name: html.slice(nameStart, j).toLowerCase(), closing, attributes: [] };
    for (;;) {
      while (isSpace(html[j]) || html[j] === "/") j++;
      if (j >= html.length) throw new Error(`unterminated tag <${tag.name}`);
      if (html[j] === ">") break;
      const attrStart = j;
      while (j < html.length && !isSpace(html[j]) && !"/>=".includes(html[j]!)) j++;
      const name = html.slice(attrStart, j).toLowerCase();
      while (isSpace(html[j])) j++;
      let value: string | null = null;
      if (html[j] === "=") {
        j++;
        while (isSpace(html[j])) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          if (end === -1) throw new Error(`unterminated attribute ${name}`);
          value = html.slice(j + 1, end);
          j = end + 1;
        } else {
          const valueStart = j;
          while (j < html.length && !isSpace(html[j]) && html[j] !== ">") j++;
          value = html.slice(valueStart, j);
        }
      }
      tag.attributes.push({ name, value });
    }
    tags.push(tag);
    i = j + 1;
  }
  return tags;
}

/** Every reason `html` is not acceptable output for `profile`; empty when safe. */
export function unsafeParts(html: string, profile: MarkdownProfile): string[] {
  const problems: string[] = [];
  // Cheap textual checks first, exactly as a reviewer would grep.
  for (const needle of [
    "<script",
    "<style",
    "<iframe",
    "<object",
    "<embed",
    "<svg",
    "<math",
    "<form",
    "<base",
    "<meta",
    "<link",
    "<template",
    "<!--",
    "<![cdata[",
    "<?",
  ]) {
    if (html.toLowerCase().includes(needle)) problems.push(`contains ${needle}`);
  }
  // Scoped to tags: prose may well say "style=" or "onclick=".
  if (/<[^>]*\son\w+\s*=/i.test(html)) problems.push("event handler attribute");
  if (/<[^>]*\sstyle\s*=/i.test(html)) problems.push("style attribute");
  if (/<[^>]*\ssrcdoc\s*=/i.test(html)) problems.push("srcdoc attribute");
  let tags: Tag[];
  try {
    tags = parseTags(html);
  } catch (error) {
    return [...problems, (error as Error).message];
  }
  for (const tag of tags) {
    if (FORBIDDEN_TAGS.has(tag.name) || !ALLOWED_TAGS[profile].has(tag.name)) problems.push(`tag <${tag.name}>`);
    if (tag.closing) continue;
    for (const { name, value } of tag.attributes) {
      if (name.startsWith("on") || !ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${tag.name}>`);
      if (name === "href" || name === "src") {
        const scheme = urlScheme(value ?? "");
        const allowed = name === "src" ? IMAGE_SCHEMES : LINK_SCHEMES;
        if (scheme !== null && !allowed.has(scheme)) problems.push(`${name}="${value}" on <${tag.name}>`);
      }
      if (
        name === "rel" &&
        !(value ?? "").split(/\s+/).every((t) => ["noopener", "noreferrer", "nofollow", "ugc"].includes(t))
      ) {
        problems.push(`rel="${value}"`);
      }
    }
    if (tag.name === "input") {
      const attrs = Object.fromEntries(tag.attributes.map((a) => [a.name, a.value]));
      if (attrs.type !== "checkbox" || !("disabled" in attrs)) problems.push("enabled or non-checkbox input");
    }
  }
  return problems;
}

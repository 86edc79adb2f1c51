import type { ElementContent } from "hast";
import type { Link, Paragraph, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { embedPageUrl, parseEmbedUrl, type Embed } from "./embed-providers";
import { markHandled } from "./figure";
import { encodeUrl, isAllowedUrl } from "./urls";

type LeafDirective = Extract<RootContent, { type: "leafDirective" }>;

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

const space = (): ElementContent => ({ type: "text", value: " " });

function span(className: string, text: string): ElementContent {
  return {
    type: "element",
    tagName: "span",
    properties: { className: [className] },
    children: [{ type: "text", value: text }],
  };
}

/**
 * The facade, as stored HTML: a link to the video's or post's own page,
 * styled as a placeholder (a player-shaped one for a video, a card for a
 * post). Nothing in it loads from the service; in the reader's browser
 * components/article/embed-facades.tsx turns the link into a button and, on
 * click, into the service's frame.
 */
function facade(embed: Embed, title: string): ElementContent[] {
  const author = embed.kind === "post" && embed.author ? [span("embed-author", embed.author), space()] : [];
  return [
    {
      type: "element",
      tagName: "a",
      properties: { href: embedPageUrl(embed), className: ["embed-link"] },
      children: [span("embed-provider", embed.providerName), space(), ...author, span("embed-title", title)],
    },
  ];
}

function toFacade(node: LeafDirective | Paragraph, embed: Embed, title: string): void {
  node.data = {
    ...node.data,
    hName: "figure",
    hProperties: { className: embed.kind === "post" ? ["embed", "embed-post"] : ["embed"] },
    hChildren: facade(embed, title || embedPageUrl(embed)),
  };
  markHandled(node);
}

function embedNote(node: LeafDirective, message: string): void {
  node.data = {
    ...node.data,
    hName: "p",
    hProperties: { className: ["embed-note"] },
    hChildren: [{ type: "text", value: `[${message}]` }],
  };
  markHandled(node);
}

/** A paragraph holding nothing but a link that shows its own address (a pasted URL). */
function bareLink(node: Paragraph): Link | null {
  if (node.children.length !== 1) return null;
  const link = node.children[0];
  if (link?.type !== "link") return null;
  const text = mdastToString(link).trim();
  // GFM links `www.example.org/x` as `http://www.example.org/x`.
  return text === link.url || `http://${text}` === link.url ? link : null;
}

/**
 * `::embed{url="…"}` (optionally `::embed[Title]{url="…"}`) and a recognised
 * video or post URL pasted alone on its line become a facade. Only `url` and the
 * label are read, as plain text. An address we do not embed stays an ordinary
 * link; a missing or forbidden one becomes a visible note for the writer.
 */
export function remarkEmbed() {
  return (tree: Root): undefined => {
    visit(tree, (node) => {
      if (node.type === "leafDirective" && node.name === "embed") {
        const url = oneLine(typeof node.attributes?.url === "string" ? node.attributes.url : "");
        const title = oneLine(mdastToString(node, { includeHtml: false }));
        if (!url) return embedNote(node, "embed missing address");
        const embed = parseEmbedUrl(url);
        if (embed) return toFacade(node, embed, title);
        if (!isAllowedUrl(url, "link")) return embedNote(node, "embed address not allowed");
        const href = encodeUrl(url);
        node.data = {
          ...node.data,
          hName: "p",
          hProperties: {},
          hChildren: [
            { type: "element", tagName: "a", properties: { href }, children: [{ type: "text", value: title || url }] },
          ],
        };
        markHandled(node);
        return;
      }
      if (node.type === "paragraph") {
        const link = bareLink(node);
        const embed = link && parseEmbedUrl(link.url);
        if (embed) toFacade(node, embed, "");
      }
      return undefined;
    });
  };
}

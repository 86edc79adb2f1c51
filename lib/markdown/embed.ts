import type { ElementContent } from "hast";
import type { Link, Paragraph, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { parseEmbedUrl, type EmbedVideo } from "./embed-providers";
import { markHandled } from "./figure";
import { encodeUrl, isAllowedUrl } from "./urls";

type LeafDirective = Extract<RootContent, { type: "leafDirective" }>;

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

function span(className: string, text: string): ElementContent {
  return {
    type: "element",
    tagName: "span",
    properties: { className: [className] },
    children: [{ type: "text", value: text }],
  };
}

/**
 * The facade, as stored HTML: a link to the video's own page, styled as a
 * player-shaped placeholder. Nothing in it loads from the video service; in
 * the reader's browser components/article/embed-facades.tsx turns the link
 * into a play button and, on click, into the player.
 */
function facade(video: EmbedVideo, title: string): ElementContent[] {
  return [
    {
      type: "element",
      tagName: "a",
      properties: { href: video.watchUrl, className: ["embed-link"] },
      children: [span("embed-provider", video.providerName), { type: "text", value: " " }, span("embed-title", title)],
    },
  ];
}

function toFacade(node: LeafDirective | Paragraph, video: EmbedVideo, title: string): void {
  node.data = {
    ...node.data,
    hName: "figure",
    hProperties: { className: ["embed"] },
    hChildren: facade(video, title || video.watchUrl),
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
 * video URL pasted alone on its line become a facade. Only `url` and the
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
        const video = parseEmbedUrl(url);
        if (video) return toFacade(node, video, title);
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
        const video = link && parseEmbedUrl(link.url);
        if (video) toFacade(node, video, "");
      }
      return undefined;
    });
  };
}

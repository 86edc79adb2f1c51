import type { Blockquote, Link, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { contextOf, type FileLike } from "./context";
import { markHandled } from "./figure";
import type { RenderOptions } from "./types";

type ContainerDirective = Extract<RootContent, { type: "containerDirective" }>;

const SHARE_REL = ["noopener", "noreferrer"];

/** `#UKhousing`, `UKhousing` → `UKhousing`; anything but letters, digits and `_` is dropped. */
export function normalizeHashtag(value: string | null | undefined): string {
  return (value ?? "").replace(/[^\p{L}\p{N}_]/gu, "");
}

function normalizeHandle(value: string | undefined): string {
  const handle = (value ?? "").replace(/[^A-Za-z0-9_]/g, "");
  return handle ? `@${handle}` : "";
}

/** Only absolute http(s) URLs are shared; anything else means "no share links". */
function shareableUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export interface ShareLinks {
  x: string;
  linkedIn: string;
}

/** The share text is “quote” [by @writer …] [via @handle] [#hashtag]; X takes the URL separately. */
export function shareLinks(
  quote: string,
  articleUrl: string,
  handle: string,
  hashtag: string,
  writerHandles: readonly string[] = [],
): ShareLinks {
  let text = `\u201C${quote}\u201D`;
  if (writerHandles.length) text += ` by ${writerHandles.join(" ")}`;
  if (handle) text += ` via ${handle}`;
  if (hashtag) text += ` #${hashtag}`;
  const x = new URLSearchParams({ text, url: articleUrl });
  const linkedIn = new URLSearchParams({ shareActive: "true", text: `${text} ${articleUrl}` });
  return {
    x: `https://x.com/intent/post?${x.toString()}`,
    linkedIn: `https://www.linkedin.com/feed/?${linkedIn.toString()}`,
  };
}

function shareLink(url: string, label: string, network: string): Link {
  return {
    type: "link",
    url,
    children: [{ type: "text", value: label }],
    // rel is fixed here (links.ts keeps an existing rel): these are our
    // links, not the writer's, so no nofollow/ugc even for guest articles.
    data: { hProperties: { rel: SHARE_REL, ariaLabel: `Share this quote on ${network}` } },
  };
}

function hashtagFor(node: ContainerDirective, options: RenderOptions): string {
  const attributes = node.attributes ?? {};
  // An explicit `hashtag=""` switches the site hashtag off for this quote.
  return Object.hasOwn(attributes, "hashtag")
    ? normalizeHashtag(attributes.hashtag)
    : normalizeHashtag(options.hashtag);
}

/**
 * `:::shareline … :::` → `<aside class="shareline"><blockquote>…</blockquote>
 * <p class="shareline-share">Share this: <a>X</a> <a>LinkedIn</a></p></aside>`.
 * Without an article URL there is nothing to share, so only the quote renders.
 */
export function remarkShareline() {
  return (tree: Root, file: FileLike): undefined => {
    const { options } = contextOf(file);
    const articleUrl = shareableUrl(options.articleUrl);
    const handle = normalizeHandle(options.siteHandle);
    const writerHandles = [...new Set((options.writerHandles ?? []).map(normalizeHandle).filter(Boolean))].filter(
      (h) => h !== handle,
    );
    visit(tree, "containerDirective", (node, index, parent) => {
      if (node.name !== "shareline") return undefined;
      // `:::shareline[label]` puts the label in a marked first paragraph; it
      // has no meaning for a shareline.
      const quote = node.children.filter((child) => !(child.type === "paragraph" && child.data?.directiveLabel));
      const quoteText = mdastToString({ type: "root", children: quote }, { includeHtml: false })
        .replace(/\s+/g, " ")
        .trim();
      if (!quoteText) {
        // An empty shareline renders nothing rather than an empty box.
        parent?.children.splice(index ?? 0, 1);
        return [SKIP, index ?? 0];
      }
      const blockquote: Blockquote = { type: "blockquote", children: quote as Blockquote["children"] };
      const children: ContainerDirective["children"] = [blockquote];
      if (articleUrl) {
        const links = shareLinks(quoteText, articleUrl, handle, hashtagFor(node, options), writerHandles);
        const share: PhrasingContent[] = [
          { type: "text", value: "Share this: " },
          shareLink(links.x, "X", "X"),
          { type: "text", value: " " },
          shareLink(links.linkedIn, "LinkedIn", "LinkedIn"),
        ];
        const paragraph: Paragraph = {
          type: "paragraph",
          children: share,
          data: { hProperties: { className: ["shareline-share"] } },
        };
        children.push(paragraph);
      }
      node.children = children;
      node.data = { ...node.data, hName: "aside", hProperties: { className: ["shareline"] } };
      markHandled(node);
      return undefined;
    });
  };
}

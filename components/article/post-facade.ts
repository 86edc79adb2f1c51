import type { Translate } from "@/lib/i18n";
import { postFrameHeight, type EmbedPost } from "@/lib/markdown/social-post-providers";

// What the networks' embed pages need to run and open the post on their own site; no forms, no top navigation.
const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** The posts whose frames are on the page, so a resize message is only ever matched to the frame that sent it. */
const shownPosts = new WeakMap<HTMLIFrameElement, EmbedPost>();
let cardCount = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function postFrame(post: EmbedPost, title: string, t: Translate): HTMLIFrameElement {
  const frame = element("iframe", `embed-frame embed-post-frame embed-post-frame-${post.provider}`);
  frame.src = post.frameUrl;
  frame.title = post.author
    ? t("embed.postFrameTitleBy", { provider: post.providerName, author: post.author, title })
    : t("embed.postFrameTitle", { provider: post.providerName, title });
  frame.allow = "fullscreen";
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.setAttribute("sandbox", FRAME_SANDBOX);
  shownPosts.set(frame, post);
  return frame;
}

/**
 * Replaces one post facade's link with a card served by this site (network,
 * author, the writer's caption) and a "Show post" button that, once pressed,
 * becomes the network's embed page.
 */
export function enhancePost(link: HTMLAnchorElement, post: EmbedPost, t: Translate): void {
  const title = link.querySelector(".embed-title")?.textContent?.trim() || post.postUrl;
  const id = `embed-post-${++cardCount}`;
  const card = element("div", "embed-card");
  const heading = element("p", "embed-card-head");
  heading.id = id;
  heading.append(element("span", "embed-provider", post.providerName));
  if (post.author) heading.append(" ", element("span", "embed-author", post.author));
  heading.append(" ", element("span", "embed-title", title));
  const button = element("button", "embed-show");
  button.type = "button";
  // The card's text describes the button, so each "Show post" says which post it loads.
  button.setAttribute("aria-describedby", id);
  button.append(
    t("embed.showPost"),
    " ",
    element("span", "embed-loads", t("embed.loads", { provider: post.providerName })),
  );
  card.append(heading, button);
  button.addEventListener(
    "click",
    () => {
      const frame = postFrame(post, title, t);
      card.replaceWith(frame);
      // Keyboard and screen-reader users land in the post they just asked for.
      frame.focus();
    },
    { once: true },
  );
  link.replaceWith(card);
}

/**
 * Lets X's and Bluesky's embed pages size their frame to the post: only a
 * message from the frame's own window and its network's embed origin counts,
 * and only a number is read from it (postFrameHeight).
 */
export function resizePostFrame(event: MessageEvent): void {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>("iframe.embed-post-frame")) {
    if (frame.contentWindow === null || frame.contentWindow !== event.source) continue;
    const post = shownPosts.get(frame);
    const height = post && postFrameHeight(post.provider, event.origin, event.data);
    if (height) frame.style.height = `${height}px`;
    return;
  }
}

"use client";

import { useEffect } from "react";
import { translator, type Translate } from "@/lib/i18n";
import { parseEmbedUrl, type EmbedVideo } from "@/lib/markdown/embed-providers";
import { enhancePost, resizePostFrame } from "./post-facade";

const FRAME_ALLOW = "autoplay; fullscreen; picture-in-picture";
// What the players need to run, go full screen and open the video on their own site; no forms, no top navigation.
const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox";

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function player(video: EmbedVideo, title: string, t: Translate): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.className = "embed-frame";
  frame.src = video.playerUrl;
  frame.title = t("embed.frameTitle", { provider: video.providerName, title });
  frame.allow = FRAME_ALLOW;
  frame.allowFullscreen = true;
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.loading = "lazy";
  frame.setAttribute("sandbox", FRAME_SANDBOX);
  return frame;
}

/** Replaces one video facade link with a play button that, once pressed, becomes the player. */
function enhanceVideo(link: HTMLAnchorElement, video: EmbedVideo, t: Translate): void {
  const title = link.querySelector(".embed-title")?.textContent?.trim() || video.watchUrl;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "embed-play";
  button.append(
    span("embed-provider", video.providerName),
    span("embed-title", t("embed.play", { title })),
    span("embed-loads", t("embed.loads", { provider: video.providerName })),
  );
  button.addEventListener(
    "click",
    () => {
      const frame = player(video, title, t);
      button.replaceWith(frame);
      // Keyboard and screen-reader users land in the player they just started.
      frame.focus();
    },
    { once: true },
  );
  link.replaceWith(button);
}

/**
 * Turns the article's embed facades (lib/markdown/embed.ts) into play or
 * "Show post" buttons. Nothing is requested from the video service or social
 * network until a reader presses one; without JavaScript each facade stays a
 * link to the video or post.
 */
export function EmbedFacades({ language }: { language: string }) {
  useEffect(() => {
    const t = translator(language);
    for (const link of document.querySelectorAll<HTMLAnchorElement>(".article-body figure.embed > a.embed-link")) {
      // The frame address is rebuilt from the link by the same rules the pipeline used, never read from the page.
      const embed = parseEmbedUrl(link.href);
      if (embed?.kind === "video") enhanceVideo(link, embed, t);
      else if (embed?.kind === "post") enhancePost(link, embed, t);
    }
    window.addEventListener("message", resizePostFrame);
    return () => window.removeEventListener("message", resizePostFrame);
  }, [language]);
  return null;
}

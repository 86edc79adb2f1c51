/**
 * What an article may embed, recognised from a URL alone: a video
 * (video-providers.ts) or a social post (social-post-providers.ts). Pure and
 * dependency-free: the Markdown pipeline uses it to decide what becomes a
 * facade, and the reader's browser uses it again to build the frame address
 * from the facade's link, so a frame URL is never read from stored HTML.
 *
 * Hosts are compared exactly (never by suffix or substring), so
 * `youtube.com.evil.example`, `evil.example/x.com` and `x.com@evil.example`
 * are not recognised; nor is any address with a user name, password or port.
 */

import { parsePostUrl, POST_FRAME_ORIGINS, type EmbedPost } from "./social-post-providers";
import { parseVideoUrl, VIDEO_FRAME_ORIGINS, type EmbedVideo } from "./video-providers";

export type { EmbedPost, PostProvider } from "./social-post-providers";
export type { EmbedVideo, VideoProvider } from "./video-providers";

export type Embed = EmbedVideo | EmbedPost;

/** Every origin an embed frame may load from: the CSP's frame-src, exactly. */
export const EMBED_FRAME_ORIGINS = [...VIDEO_FRAME_ORIGINS, ...POST_FRAME_ORIGINS] as const;

/** The video or post a URL points to, or null when it is not one a service we embed serves. */
export function parseEmbedUrl(raw: string): Embed | null {
  if (typeof raw !== "string" || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  return parseVideoUrl(url) ?? parsePostUrl(url);
}

/** The address the facade links to without JavaScript: the video's or the post's own page. */
export const embedPageUrl = (embed: Embed): string => (embed.kind === "video" ? embed.watchUrl : embed.postUrl);

/**
 * The video services an article may embed (YouTube, Vimeo). Pure and
 * dependency-free; embed-providers.ts has already refused anything but a
 * plain http(s) URL and picks the service by exact host.
 */

export type VideoProvider = "youtube" | "vimeo";

export interface EmbedVideo {
  kind: "video";
  provider: VideoProvider;
  /** How readers know the service: "YouTube", "Vimeo". */
  providerName: string;
  id: string;
  /** The video's own page: where the facade links without JavaScript. */
  watchUrl: string;
  /** The privacy-respecting player, loaded only after the reader clicks play. */
  playerUrl: string;
}

export const VIDEO_FRAME_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"] as const;

const YOUTUBE_HOSTS = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "music.youtube.com",
  "youtu.be",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/;
const MAX_START_SECONDS = 24 * 60 * 60;

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → 0 (start at the beginning). */
function startSeconds(value: string | null): number {
  if (!value) return 0;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,5})s?)?$/.exec(value);
  if (!match) return 0;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 && seconds <= MAX_START_SECONDS ? seconds : 0;
}

function youtube(url: URL): EmbedVideo | null {
  const segments = url.pathname.split("/").filter(Boolean);
  let id: string | undefined;
  if (url.hostname === "youtu.be") id = segments.length === 1 ? segments[0] : undefined;
  else if (segments.length === 1 && segments[0] === "watch") id = url.searchParams.get("v") ?? undefined;
  else if (segments.length === 2 && ["embed", "shorts", "live", "v"].includes(segments[0]!)) id = segments[1];
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const start = startSeconds(url.searchParams.get("t") ?? url.searchParams.get("start"));
  return {
    kind: "video",
    provider: "youtube",
    providerName: "YouTube",
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ""}`,
    playerUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ""}`,
  };
}

function vimeo(url: URL): EmbedVideo | null {
  const segments = url.pathname.split("/").filter(Boolean);
  let id: string | undefined;
  let hash: string | undefined;
  if (url.hostname === "player.vimeo.com") {
    if (segments.length !== 2 || segments[0] !== "video") return null;
    id = segments[1];
    hash = url.searchParams.get("h") ?? undefined;
  } else if (segments.length === 1 || segments.length === 2) {
    // vimeo.com/<id>, or vimeo.com/<id>/<hash> for an unlisted video.
    [id, hash] = segments;
  }
  if (!id || !VIMEO_ID.test(id)) return null;
  if (hash !== undefined && !VIMEO_HASH.test(hash)) return null;
  return {
    kind: "video",
    provider: "vimeo",
    providerName: "Vimeo",
    id,
    watchUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ""}`,
    playerUrl: `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1${hash ? `&h=${hash}` : ""}`,
  };
}

/** The video a URL (already checked by embed-providers.ts) points to, or null. */
export function parseVideoUrl(url: URL): EmbedVideo | null {
  if (YOUTUBE_HOSTS.has(url.hostname)) return youtube(url);
  if (VIMEO_HOSTS.has(url.hostname)) return vimeo(url);
  return null;
}

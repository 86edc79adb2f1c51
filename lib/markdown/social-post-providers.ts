/**
 * The social networks whose posts an article may embed (X, Bluesky,
 * Instagram, LinkedIn). Pure and dependency-free; embed-providers.ts has
 * already refused anything but a plain http(s) URL. Each rule names its
 * hosts exactly and takes only ids of the network's own shape, and every
 * address it returns is rebuilt from those ids, never copied from the input.
 *
 * Mastodon is left out on purpose: every instance is its own host, and a
 * fixed frame-src cannot list them all, so a post on any instance stays a link.
 */

export type PostProvider = "x" | "bluesky" | "instagram" | "linkedin";

export interface EmbedPost {
  kind: "post";
  provider: PostProvider;
  /** How readers know the network: "X", "Bluesky", "Instagram", "LinkedIn". */
  providerName: string;
  id: string;
  /** "@handle" where the address names the author, else null. */
  author: string | null;
  /** The post's own page: where the facade links without JavaScript. */
  postUrl: string;
  /** The network's embed page, loaded only after the reader asks for the post. */
  frameUrl: string;
}

const X_FRAME = "https://platform.twitter.com";
const BLUESKY_FRAME = "https://embed.bsky.app";
const INSTAGRAM = "https://www.instagram.com";
const LINKEDIN = "https://www.linkedin.com";

export const POST_FRAME_ORIGINS = [X_FRAME, BLUESKY_FRAME, INSTAGRAM, LINKEDIN] as const;

const X_HOSTS = new Set(["x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"]);
const BLUESKY_HOSTS = new Set(["bsky.app"]);
const INSTAGRAM_HOSTS = new Set(["instagram.com", "www.instagram.com"]);
const LINKEDIN_HOSTS = new Set(["linkedin.com", "www.linkedin.com"]);

const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const X_ID = /^[1-9]\d{0,19}$/;
// atproto: a handle is a DNS name; a DID here is did:plc or did:web (a bare host name).
const BLUESKY_HANDLE = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const BLUESKY_DID =
  /^did:(?:plc:[a-z2-7]{24}|web:(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;
// Post record keys are TIDs: 13 characters of base32-sortable.
const BLUESKY_RKEY = /^[2-7a-j][2-7a-z]{12}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;
const LINKEDIN_URN = /^urn:li:(activity|share|ugcPost):(\d{10,20})$/;
// /posts/<author>_<words>-activity-<id>-<suffix>: only the kind and id are kept.
const LINKEDIN_POST_SLUG = /^[A-Za-z0-9%._~-]{0,300}[-_](activity|ugcPost)-(\d{10,20})-[A-Za-z0-9_-]{1,8}$/;

function x(segments: string[]): EmbedPost | null {
  const [handle, status, id] = segments;
  if (segments.length !== 3 || status !== "status" || !handle || !id) return null;
  if (!X_HANDLE.test(handle) || !X_ID.test(id)) return null;
  return {
    kind: "post",
    provider: "x",
    providerName: "X",
    id,
    // x.com/i/status/<id> is how X links a post without naming its author.
    author: handle === "i" ? null : `@${handle}`,
    postUrl: `https://x.com/${handle}/status/${id}`,
    frameUrl: `${X_FRAME}/embed/Tweet.html?id=${id}&dnt=true`,
  };
}

function bluesky(segments: string[]): EmbedPost | null {
  const [profile, actorAsTyped, post, rkey] = segments;
  if (segments.length !== 4 || profile !== "profile" || post !== "post" || !actorAsTyped || !rkey) return null;
  const actor = actorAsTyped.toLowerCase();
  const isDid = BLUESKY_DID.test(actor);
  if ((!isDid && !BLUESKY_HANDLE.test(actor)) || !BLUESKY_RKEY.test(rkey)) return null;
  return {
    kind: "post",
    provider: "bluesky",
    providerName: "Bluesky",
    id: `${actor}/${rkey}`,
    author: isDid ? null : `@${actor}`,
    postUrl: `https://bsky.app/profile/${actor}/post/${rkey}`,
    // The embed page asks Bluesky's AppView for at://<actor>/app.bsky.feed.post/<rkey>, which takes a handle or a DID.
    frameUrl: `${BLUESKY_FRAME}/embed/${actor}/app.bsky.feed.post/${rkey}`,
  };
}

function instagram(segments: string[]): EmbedPost | null {
  const [type, code] = segments;
  if (segments.length !== 2 || (type !== "p" && type !== "reel") || !code || !INSTAGRAM_CODE.test(code)) return null;
  return {
    kind: "post",
    provider: "instagram",
    providerName: "Instagram",
    id: code,
    author: null,
    postUrl: `${INSTAGRAM}/${type}/${code}/`,
    frameUrl: `${INSTAGRAM}/${type}/${code}/embed/captioned/`,
  };
}

function linkedin(segments: string[]): EmbedPost | null {
  let match: RegExpExecArray | null = null;
  const path = segments[0] === "embed" ? segments.slice(1) : segments;
  if (path.length === 3 && path[0] === "feed" && path[1] === "update") match = LINKEDIN_URN.exec(path[2]!);
  else if (segments.length === 2 && segments[0] === "posts") match = LINKEDIN_POST_SLUG.exec(segments[1]!);
  if (!match) return null;
  const urn = `urn:li:${match[1]}:${match[2]}`;
  return {
    kind: "post",
    provider: "linkedin",
    providerName: "LinkedIn",
    id: urn,
    author: null,
    postUrl: `${LINKEDIN}/feed/update/${urn}/`,
    frameUrl: `${LINKEDIN}/embed/feed/update/${urn}`,
  };
}

/** The post a URL (already checked by embed-providers.ts) points to, or null. */
export function parsePostUrl(url: URL): EmbedPost | null {
  const segments = url.pathname.split("/").filter(Boolean);
  if (X_HOSTS.has(url.hostname)) return x(segments);
  if (BLUESKY_HOSTS.has(url.hostname)) return bluesky(segments);
  if (INSTAGRAM_HOSTS.has(url.hostname)) return instagram(segments);
  if (LINKEDIN_HOSTS.has(url.hostname)) return linkedin(segments);
  return null;
}

export const POST_FRAME_HEIGHT = { min: 160, max: 2400 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const pixels = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value)
    ? Math.round(Math.min(POST_FRAME_HEIGHT.max, Math.max(POST_FRAME_HEIGHT.min, value)))
    : null;

/**
 * The height an embed page asks its frame to take, from a message event's
 * origin and data; null for anything else. Only X and Bluesky send one. The
 * data is read, never evaluated or parsed: a number at a known place, from
 * the network's own embed origin, clamped to a sane range.
 */
export function postFrameHeight(provider: PostProvider, origin: string, data: unknown): number | null {
  if (provider === "bluesky" && origin === BLUESKY_FRAME && isRecord(data)) return pixels(data.height);
  if (provider === "x" && origin === X_FRAME && isRecord(data)) {
    // { "twttr.embed": { method: "twttr.private.resize", params: [{ height, width }] } }
    const call = data["twttr.embed"];
    if (!isRecord(call) || call.method !== "twttr.private.resize" || !Array.isArray(call.params)) return null;
    const params: unknown = call.params[0];
    return isRecord(params) ? pixels(params.height) : null;
  }
  return null;
}

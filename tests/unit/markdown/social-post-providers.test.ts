import { describe, expect, it } from "vitest";
import { EMBED_FRAME_ORIGINS, parseEmbedUrl } from "../../../lib/markdown/embed-providers";
import { postFrameHeight } from "../../../lib/markdown/social-post-providers";

// Which addresses become social-post embeds, what they load, and what an embed page may ask of its frame.

const X = "alert(1)";
const TWEET = "1862345678901234567";
const RKEY = "3lfwy4kq2bs2c";
const DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
const ACTIVITY = "7263512345678901234";

const post = (url: string) => {
  const embed = parseEmbedUrl(url);
  return embed?.kind === "post" ? embed : null;
};

// [address as written, network, author shown, the post's own page, the embed page]
const ACCEPTED: [string, string, string | null, string, string][] = [
  [
    `https://x.com/RiversideHomes/status/${TWEET}`,
    "X",
    "@RiversideHomes",
    `https://x.com/RiversideHomes/status/${TWEET}`,
    `https://platform.twitter.com/embed/Tweet.html?id=${TWEET}&dnt=true`,
  ],
  [
    `https://twitter.com/RiversideHomes/status/${TWEET}/?s=20&t=abc`,
    "X",
    "@RiversideHomes",
    `https://x.com/RiversideHomes/status/${TWEET}`,
    `https://platform.twitter.com/embed/Tweet.html?id=${TWEET}&dnt=true`,
  ],
  [
    `https://mobile.twitter.com/river_mell/status/${TWEET}`,
    "X",
    "@river_mell",
    `https://x.com/river_mell/status/${TWEET}`,
    `https://platform.twitter.com/embed/Tweet.html?id=${TWEET}&dnt=true`,
  ],
  [
    `http://WWW.X.COM/i/status/${TWEET}`,
    "X",
    null,
    `https://x.com/i/status/${TWEET}`,
    `https://platform.twitter.com/embed/Tweet.html?id=${TWEET}&dnt=true`,
  ],
  [
    `https://bsky.app/profile/Wardens.FerryLane.example/post/${RKEY}`,
    "Bluesky",
    "@wardens.ferrylane.example",
    `https://bsky.app/profile/wardens.ferrylane.example/post/${RKEY}`,
    `https://embed.bsky.app/embed/wardens.ferrylane.example/app.bsky.feed.post/${RKEY}`,
  ],
  [
    `https://bsky.app/profile/${DID}/post/${RKEY}`,
    "Bluesky",
    null,
    `https://bsky.app/profile/${DID}/post/${RKEY}`,
    `https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}`,
  ],
  [
    `https://bsky.app/profile/did:web:news.example.org/post/${RKEY}`,
    "Bluesky",
    null,
    `https://bsky.app/profile/did:web:news.example.org/post/${RKEY}`,
    `https://embed.bsky.app/embed/did:web:news.example.org/app.bsky.feed.post/${RKEY}`,
  ],
  [
    "https://www.instagram.com/p/C9xKq2LrT4b/?igsh=abc123",
    "Instagram",
    null,
    "https://www.instagram.com/p/C9xKq2LrT4b/",
    "https://www.instagram.com/p/C9xKq2LrT4b/embed/captioned/",
  ],
  [
    "https://instagram.com/reel/C9xKq2LrT4b",
    "Instagram",
    null,
    "https://www.instagram.com/reel/C9xKq2LrT4b/",
    "https://www.instagram.com/reel/C9xKq2LrT4b/embed/captioned/",
  ],
  [
    `https://www.linkedin.com/posts/amira-hassan_flood-wardens-ferry-lane-activity-${ACTIVITY}-aB3x?utm_source=share`,
    "LinkedIn",
    null,
    `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
    `https://www.linkedin.com/embed/feed/update/urn:li:activity:${ACTIVITY}`,
  ],
  [
    `https://linkedin.com/posts/riverside-homes_ugcPost-${ACTIVITY}-_bo9`,
    "LinkedIn",
    null,
    `https://www.linkedin.com/feed/update/urn:li:ugcPost:${ACTIVITY}/`,
    `https://www.linkedin.com/embed/feed/update/urn:li:ugcPost:${ACTIVITY}`,
  ],
  [
    `https://www.linkedin.com/feed/update/urn:li:share:${ACTIVITY}/`,
    "LinkedIn",
    null,
    `https://www.linkedin.com/feed/update/urn:li:share:${ACTIVITY}/`,
    `https://www.linkedin.com/embed/feed/update/urn:li:share:${ACTIVITY}`,
  ],
  [
    `https://www.linkedin.com/embed/feed/update/urn:li:activity:${ACTIVITY}`,
    "LinkedIn",
    null,
    `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
    `https://www.linkedin.com/embed/feed/update/urn:li:activity:${ACTIVITY}`,
  ],
];

const REJECTED = [
  // Look-alike hosts, hosts in the path, user names, ports.
  `https://x.com.evil.example/RiversideHomes/status/${TWEET}`,
  `https://evil.example/x.com/RiversideHomes/status/${TWEET}`,
  `https://x.com@evil.example/RiversideHomes/status/${TWEET}`,
  `https://x.com\\@evil.example/RiversideHomes/status/${TWEET}`,
  `https://user:pass@x.com/RiversideHomes/status/${TWEET}`,
  `https://x.com:8443/RiversideHomes/status/${TWEET}`,
  `https://x.com./RiversideHomes/status/${TWEET}`,
  `https://notx.com/RiversideHomes/status/${TWEET}`,
  `https://x.co/RiversideHomes/status/${TWEET}`,
  `https://platform.twitter.com/embed/Tweet.html?id=${TWEET}`,
  `https://bsky.app.evil.example/profile/wardens.ferrylane.example/post/${RKEY}`,
  `https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}`,
  "https://instagram.com.evil.example/p/C9xKq2LrT4b/",
  "https://evil.example/www.instagram.com/p/C9xKq2LrT4b/",
  `https://nl.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
  `https://www.linkedin.com.evil.example/feed/update/urn:li:activity:${ACTIVITY}/`,
  // Ids not of the network's shape, or pages that are not a single post.
  "https://x.com/RiversideHomes/status/12ab34",
  "https://x.com/RiversideHomes/status/0123",
  `https://x.com/RiversideHomes/status/${TWEET}0000`,
  `https://x.com/Riverside-Homes/status/${TWEET}`,
  `https://x.com/RiversideHomes/status/${TWEET}/photo/1`,
  `https://x.com/RiversideHomes/status/${TWEET}%22%3E%3Cscript%3E`,
  "https://x.com/RiversideHomes",
  `https://bsky.app/profile/wardens/post/${RKEY}`,
  `https://bsky.app/profile/did:plc:short/post/${RKEY}`,
  `https://bsky.app/profile/did:web:localhost%3A8080/post/${RKEY}`,
  `https://bsky.app/profile/wardens.ferrylane.example/post/${RKEY.toUpperCase()}`,
  `https://bsky.app/profile/wardens.ferrylane.example/post/${RKEY}x`,
  "https://bsky.app/profile/wardens.ferrylane.example/post/..%2F..%2Fevil",
  `https://bsky.app/profile/wardens.ferrylane.example/feed/${RKEY}`,
  "https://bsky.app/profile/wardens.ferrylane.example",
  "https://www.instagram.com/p/C9x/",
  "https://www.instagram.com/p/C9xKq2LrT4b/embed/",
  "https://www.instagram.com/stories/riverside/3412345678901234567/",
  "https://www.instagram.com/riversidehomes/",
  "https://www.linkedin.com/posts/amira-hassan_flood-wardens",
  "https://www.linkedin.com/feed/update/urn:li:activity:abc/",
  `https://www.linkedin.com/feed/update/urn:li:group:${ACTIVITY}/`,
  "https://www.linkedin.com/in/amira-hassan/",
  // Not web addresses at all.
  `javascript:${X}`,
  `JaVaScRiPt:alert(1)//x.com/a/status/${TWEET}`,
  `data:text/html,<script>${X}</script>`,
  `ftp://x.com/RiversideHomes/status/${TWEET}`,
  `//x.com/RiversideHomes/status/${TWEET}`,
];

describe("social-post embeds: the addresses recognised", () => {
  it.each(ACCEPTED)("%s is a post on %s", (url, providerName, author, postUrl, frameUrl) => {
    expect(post(url)).toMatchObject({ kind: "post", providerName, author, postUrl, frameUrl });
  });

  it("read the post back from its own page address, so the reader's browser rebuilds the same embed page", () => {
    for (const [url] of ACCEPTED) expect(post(post(url)!.postUrl)).toEqual(post(url));
  });

  it.each(REJECTED)("%s is not a post we embed", (url) => {
    expect(parseEmbedUrl(url)).toBeNull();
  });

  it("embed only from the networks' own embed origins", () => {
    for (const [url] of ACCEPTED) expect(EMBED_FRAME_ORIGINS).toContain(new URL(post(url)!.frameUrl).origin);
  });
});

describe("the height an embed page asks for", () => {
  it("is read from X's and Bluesky's own embed origins only, as a clamped number", () => {
    const resize = (height: unknown) => ({ "twttr.embed": { method: "twttr.private.resize", params: [{ height }] } });
    expect(postFrameHeight("x", "https://platform.twitter.com", resize(412.4))).toBe(412);
    expect(postFrameHeight("bluesky", "https://embed.bsky.app", { height: 318, id: null })).toBe(318);
    expect(postFrameHeight("bluesky", "https://embed.bsky.app", { height: 1e9 })).toBe(2400);
    expect(postFrameHeight("x", "https://platform.twitter.com", resize(-50))).toBe(160);
  });

  it("is ignored from any other origin, network or shape", () => {
    const resize = (height: unknown) => ({ "twttr.embed": { method: "twttr.private.resize", params: [{ height }] } });
    expect(postFrameHeight("x", "https://evil.example", resize(400))).toBeNull();
    expect(postFrameHeight("x", "https://embed.bsky.app", resize(400))).toBeNull();
    expect(postFrameHeight("bluesky", "https://platform.twitter.com", { height: 400 })).toBeNull();
    expect(postFrameHeight("instagram", "https://www.instagram.com", { height: 400 })).toBeNull();
    expect(postFrameHeight("linkedin", "https://www.linkedin.com", { height: 400 })).toBeNull();
    for (const height of [
      "400",
      "400px; position:fixed",
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      { valueOf: () => 400 },
    ]) {
      expect(postFrameHeight("bluesky", "https://embed.bsky.app", { height })).toBeNull();
      expect(postFrameHeight("x", "https://platform.twitter.com", resize(height))).toBeNull();
    }
    expect(postFrameHeight("x", "https://platform.twitter.com", JSON.stringify(resize(400)))).toBeNull();
    expect(
      postFrameHeight("x", "https://platform.twitter.com", {
        "twttr.embed": { method: "eval", params: [{ height: 1 }] },
      }),
    ).toBeNull();
    expect(postFrameHeight("bluesky", "https://embed.bsky.app", [400])).toBeNull();
  });
});

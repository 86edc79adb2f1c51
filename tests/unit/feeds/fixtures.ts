import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";
import type { FeedSettings } from "../../../lib/feeds/build";
import type { FeedChannel, FeedPost } from "../../../lib/feeds/dto";

// A small channel for the pure feed builders, with the awkward cases built in:
// a hostile byline, a second language, relative links in the body.

export const SITE_URL = "https://news.example.org";
export const HOSTILE = "Guest <script>alert(1)</script> & Co";

export const settings: FeedSettings = {
  siteName: "Riverside Voices",
  tagline: "News & views",
  language: "en-GB",
  publisherName: "Riverside Homes",
  feedContent: "full",
};

export function post(overrides: Partial<FeedPost> = {}): FeedPost {
  return {
    id: "p1",
    slug: "first-post",
    title: "First post",
    standfirst: "What it is about.",
    language: "en-GB",
    publishedAt: new Date("2024-03-01T09:00:00Z"),
    updatedAt: new Date("2024-03-01T09:00:00Z"),
    html: "<p>Body</p>",
    section: { slug: "housing", name: "Housing" },
    tags: [{ slug: "damp", name: "Damp & mould" }],
    bylines: [{ slug: "sam-writer", name: "Sam Writer" }],
    hero: null,
    ...overrides,
  };
}

export const channel: FeedChannel = {
  subject: { kind: "site" },
  posts: [
    post({
      id: "p2",
      slug: "newest",
      title: 'Newest <b>bold</b> & "quoted"',
      standfirst: "A < B & C",
      publishedAt: new Date("2024-03-05T10:30:00Z"),
      updatedAt: new Date("2024-03-07T08:00:00Z"),
      html: '<p>See <a href="/articles/first-post">the first</a> and <a href="#note">a note</a>.</p><img src="/images/a.svg" alt="">',
      bylines: [
        { slug: "sam-writer", name: "Sam Writer" },
        { slug: "guest", name: HOSTILE },
      ],
      hero: { url: "/images/posts/newest.svg", alt: "A river at dawn" },
    }),
    post({ language: "nl-NL", section: null, tags: [] }),
  ],
  shows: { posts: ["p2", "p1"], sections: [], tags: [], contributors: [] },
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  // Elements that may repeat always parse as arrays; RSS has a single <link>, Atom several.
  isArray: (name, path) =>
    ["item", "entry", "author", "category", "dc:creator", "url", "sitemap"].includes(name) ||
    (name === "link" && String(path).startsWith("feed")),
});

/** Parses XML after checking it is well-formed; entities come back decoded. */
export function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-side view of arbitrary XML
  return parser.parse(xml) as any;
}

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { FEED_SIZE, getFeedChannel } from "../../lib/feeds/data/queries";
import { renderFeed } from "../../lib/feeds/render";
import { feedResponse, serveFeed } from "../../lib/feeds/serve";
import type { FeedFormat, FeedScope } from "../../lib/feeds/dto";
import { daysAgo, makeContributor, makePost, makeSection, makeTag } from "../helpers/factories";
import { parseXml } from "../unit/feeds/fixtures";

// Feeds read from a real database: only published, due posts, only the
// scope's own, and the body only when the site says so.

const SITE = "https://news.example.org";
const HOSTILE = "Guest <script>alert(1)</script> & Co";

const UNPUBLISHED = [
  { slug: "a-draft", status: "DRAFT", publishedAt: null },
  { slug: "in-review", status: "IN_REVIEW", publishedAt: null },
  { slug: "scheduled", status: "SCHEDULED", publishedAt: null, scheduledAt: daysAgo(-2) },
  { slug: "archived", status: "ARCHIVED", publishedAt: daysAgo(3) },
  { slug: "published-tomorrow", status: "PUBLISHED", publishedAt: daysAgo(-1) },
] as const;

let section: { slug: string };
let guest: { slug: string };
let otherSection: { slug: string };
let otherWriter: { slug: string };

/** The article slugs a feed lists, in order, read back from the format itself. */
async function feedSlugs(scope: FeedScope, format: FeedFormat): Promise<string[]> {
  const body = await renderFeed(scope, format, SITE);
  expect(body).not.toBeNull();
  const urls: string[] =
    format === "json"
      ? JSON.parse(body!).items.map((i: { url: string }) => i.url)
      : format === "rss"
        ? (parseXml(body!).rss.channel.item ?? []).map((i: { link: string }) => i.link)
        : (parseXml(body!).feed.entry ?? []).map((e: { id: string }) => e.id);
  return urls.map((u) => u.replace(`${SITE}/articles/`, ""));
}

beforeAll(async () => {
  const s = await makeSection("Housing");
  const t = await makeTag("Damp & mould");
  const g = await makeContributor({ slug: "guest-writer", name: HOSTILE });
  const staff = await makeContributor({ slug: "staff-writer", name: "Staff Writer" });
  const shared = { sectionId: s.id, tagIds: [t.id], contributorIds: [staff.id, g.id] };
  await makePost({
    ...shared,
    slug: "yesterday",
    publishedAt: daysAgo(1),
    standfirst: "Short & sweet",
    html: '<p>Full <a href="/tags/x">text</a></p>',
  });
  await makePost({ ...shared, slug: "last-week", publishedAt: daysAgo(7), contentUpdatedAt: daysAgo(0.5) });
  for (const p of UNPUBLISHED) await makePost({ ...shared, ...p, title: `UNPUBLISHED ${p.slug}` });

  const os = await makeSection("Elsewhere");
  const ow = await makeContributor({ slug: "other-writer" });
  await makePost({ slug: "elsewhere", sectionId: os.id, contributorIds: [ow.id], publishedAt: daysAgo(2) });
  [section, guest, otherSection, otherWriter] = [s, g, os, ow];
});

const FORMATS: FeedFormat[] = ["rss", "atom", "json"];

describe("what the feeds list", () => {
  it.each(FORMATS)("the site %s feed lists every published, due post newest first and nothing else", async (format) => {
    expect(await feedSlugs({ kind: "site" }, format)).toEqual(["yesterday", "elsewhere", "last-week"]);
    const body = await renderFeed({ kind: "site" }, format, SITE);
    expect(body).not.toContain("UNPUBLISHED");
    for (const p of UNPUBLISHED) expect(body).not.toContain(`/articles/${p.slug}`);
  });

  it.each(FORMATS)("a section's and a contributor's %s feeds hold only their own posts", async (format) => {
    expect(await feedSlugs({ kind: "section", slug: section.slug }, format)).toEqual(["yesterday", "last-week"]);
    expect(await feedSlugs({ kind: "section", slug: otherSection.slug }, format)).toEqual(["elsewhere"]);
    expect(await feedSlugs({ kind: "contributor", slug: guest.slug }, format)).toEqual(["yesterday", "last-week"]);
    expect(await feedSlugs({ kind: "contributor", slug: otherWriter.slug }, format)).toEqual(["elsewhere"]);
  });

  // Runs after the site-wide checks above: its posts would crowd the site feed.
  it("carry at most the newest FEED_SIZE posts", async () => {
    const busy = await makeSection();
    for (let i = 0; i < FEED_SIZE + 2; i++)
      await makePost({ sectionId: busy.id, slug: `busy-${i}`, publishedAt: daysAgo(i + 1) });
    const slugs = await feedSlugs({ kind: "section", slug: busy.slug }, "json");
    expect(slugs).toEqual(Array.from({ length: FEED_SIZE }, (_, i) => `busy-${i}`));
  });

  it("report the ids of everything they show, for cache tags", async () => {
    const channel = await getFeedChannel({ kind: "contributor", slug: guest.slug }, { includeContent: false });
    const posts = await db.post.findMany({
      where: { slug: { in: ["yesterday", "last-week"] } },
      orderBy: { publishedAt: "desc" },
    });
    const g = await db.contributor.findUniqueOrThrow({ where: { slug: guest.slug } });
    expect(channel!.shows.posts).toEqual(posts.map((p) => p.id));
    expect(channel!.shows.contributors).toContain(g.id);
    expect(channel!.shows.contributors).toHaveLength(2);
    expect(channel!.shows.sections).toEqual([posts[0]!.sectionId]);
    expect(channel!.shows.tags).toHaveLength(1);
    expect(channel!.posts.every((p) => p.html === null)).toBe(true);
  });

  it("answer an unknown section or contributor with 404", async () => {
    expect(await renderFeed({ kind: "section", slug: "no-such-section" }, "rss", SITE)).toBeNull();
    expect(await renderFeed({ kind: "contributor", slug: "no-such-person" }, "atom", SITE)).toBeNull();
    expect(feedResponse(await renderFeed({ kind: "section", slug: "no-such-section" }, "json"), "json").status).toBe(
      404,
    );
  });
});

describe("what an item says", () => {
  it("names every byline with a profile link, escaped where the format needs it", async () => {
    const rss = await renderFeed({ kind: "section", slug: section.slug }, "rss", SITE);
    expect(rss).toContain("<dc:creator>Guest &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</dc:creator>");
    expect(rss).not.toContain("<script>");
    const entry = parseXml((await renderFeed({ kind: "section", slug: section.slug }, "atom", SITE))!).feed.entry[0];
    expect(entry.author).toEqual([
      { name: "Staff Writer", uri: `${SITE}/contributors/staff-writer` },
      { name: HOSTILE, uri: `${SITE}/contributors/guest-writer` },
    ]);
    expect(entry.category.map((c: Record<string, string>) => c["@term"])).toEqual(["Housing", "Damp & mould"]);
  });

  it("dates the feed by its newest change, so reading it twice gives the same bytes", async () => {
    const lastWeek = await db.post.findUniqueOrThrow({ where: { slug: "last-week" } });
    const feed = parseXml((await renderFeed({ kind: "section", slug: section.slug }, "atom", SITE))!).feed;
    expect(feed.updated).toBe(lastWeek.contentUpdatedAt!.toISOString());
    expect(feed.entry[1].updated).toBe(lastWeek.contentUpdatedAt!.toISOString());
    expect(feed.entry[1].published).toBe(lastWeek.publishedAt!.toISOString());
    for (const format of FORMATS) {
      expect(await renderFeed({ kind: "site" }, format, SITE)).toBe(await renderFeed({ kind: "site" }, format, SITE));
    }
  });
});

describe("site settings", () => {
  it("the full text goes out by default and only the standfirst when feedContent is summary", async () => {
    const scope = { kind: "section", slug: section.slug } as const;
    const full = parseXml((await renderFeed(scope, "rss", SITE))!).rss.channel.item[0];
    expect(full["content:encoded"]).toBe(`<p>Full <a href="${SITE}/tags/x">text</a></p>`);
    await db.siteSetting.create({ data: { key: "feedContent", value: "summary" } });
    try {
      const rss = parseXml((await renderFeed(scope, "rss", SITE))!).rss.channel.item[0];
      expect(rss["content:encoded"]).toBeUndefined();
      expect(rss.description).toBe("Short &amp; sweet");
      const json = JSON.parse((await renderFeed(scope, "json", SITE))!).items[0];
      expect(json.content_html).toBeUndefined();
      expect(json.content_text).toBe("Short & sweet");
    } finally {
      await db.siteSetting.delete({ where: { key: "feedContent" } });
    }
  });

  it("the feed takes its title, description, language and rights from the settings", async () => {
    await db.siteSetting.createMany({
      data: [
        { key: "siteName", value: "De Stem" },
        { key: "language", value: "nl-NL" },
        { key: "publisherName", value: "Woonstad" },
      ],
    });
    try {
      const json = JSON.parse((await renderFeed({ kind: "site" }, "json", SITE))!);
      expect(json).toMatchObject({ title: "De Stem", language: "nl-NL", authors: [{ name: "Woonstad" }] });
      const rss = parseXml((await renderFeed({ kind: "section", slug: section.slug }, "rss", SITE))!).rss.channel;
      expect(rss).toMatchObject({ title: "Housing · De Stem", language: "nl-NL", copyright: "© Woonstad" });
    } finally {
      await db.siteSetting.deleteMany({ where: { key: { in: ["siteName", "language", "publisherName"] } } });
    }
  });
});

describe("responses", () => {
  it.each([
    ["rss", "application/rss+xml; charset=utf-8"],
    ["atom", "application/atom+xml; charset=utf-8"],
    ["json", "application/feed+json; charset=utf-8"],
  ] as const)("the %s feed is served as %s", async (format, type) => {
    const response = feedResponse(await renderFeed({ kind: "contributor", slug: guest.slug }, format), format);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(await response.text()).toContain("/articles/yesterday");
  });
});

describe("renamed sections and contributors", () => {
  it("answer the old feed address with a permanent redirect to the new one, in the same format", async () => {
    await db.pathRedirect.create({ data: { fromPath: "/sections/old-name", toPath: "/sections/new-name" } });
    const rss = await serveFeed({ kind: "section", slug: "old-name" }, "rss");
    expect(rss.status).toBe(308);
    expect(rss.headers.get("location")).toBe("/sections/new-name/feed.xml");
    const json = await serveFeed({ kind: "section", slug: "old-name" }, "json");
    expect(json.headers.get("location")).toBe("/sections/new-name/feed.json");
  });

  it("still answer 404 for a slug that never existed", async () => {
    expect((await serveFeed({ kind: "contributor", slug: "never-was" }, "atom")).status).toBe(404);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { renderSitemapFile, renderSitemapRoot } from "../../lib/sitemap/render";
import { sitemapResponse } from "../../lib/sitemap/serve";
import { daysAgo, makeContributor, makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";
import { parseXml } from "../unit/feeds/fixtures";

// The sitemap maps published content only, and splits into an index of
// bounded pages once it outgrows one.

const SITE = "https://news.example.org";

const UNPUBLISHED = [
  { status: "DRAFT", publishedAt: null },
  { status: "IN_REVIEW", publishedAt: null },
  { status: "SCHEDULED", publishedAt: null, scheduledAt: daysAgo(-2) },
  { status: "ARCHIVED", publishedAt: daysAgo(3) },
  { status: "PUBLISHED", publishedAt: daysAgo(-1) },
] as const;

let expected: Map<string, string | undefined>;
let hidden: string[];

/** loc → lastmod of every <url> in a urlset. */
function urls(xml: string): Map<string, string | undefined> {
  const entries: { loc: string; lastmod?: string }[] = parseXml(xml).urlset.url ?? [];
  return new Map(entries.map((u) => [u.loc.replace(SITE, ""), u.lastmod]));
}

beforeAll(async () => {
  const writer = await makeContributor({ slug: "sam-writer" });
  const section = await makeSection();
  const tag = await makeTag();
  const series = await makeSeries();
  const shared = { sectionId: section.id, tagIds: [tag.id], contributorIds: [writer.id] };
  const older = await makePost({
    ...shared,
    slug: "older",
    publishedAt: daysAgo(9),
    seriesId: series.id,
    seriesPosition: 1,
  });
  const corrected = await makePost({
    ...shared,
    slug: "corrected",
    publishedAt: daysAgo(5),
    contentUpdatedAt: daysAgo(2),
  });
  const newest = await makePost({ ...shared, slug: "newest", publishedAt: daysAgo(1) });

  // Each unpublished post has a section, tag, series and writer of its own: none of them may be mapped.
  hidden = [];
  for (const [i, p] of UNPUBLISHED.entries()) {
    const [s, t, sr, w] = [await makeSection(), await makeTag(), await makeSeries(), await makeContributor()];
    await makePost({
      ...p,
      slug: `hidden-${i}`,
      sectionId: s.id,
      tagIds: [t.id],
      seriesId: sr.id,
      seriesPosition: 1,
      contributorIds: [w.id],
    });
    hidden.push(
      `/articles/hidden-${i}`,
      `/sections/${s.slug}`,
      `/tags/${t.slug}`,
      `/series/${sr.slug}`,
      `/contributors/${w.slug}`,
    );
  }

  expected = new Map([
    ["/", newest.publishedAt!.toISOString()],
    [`/sections/${section.slug}`, undefined],
    ["/articles/older", older.publishedAt!.toISOString()],
    ["/articles/corrected", corrected.contentUpdatedAt!.toISOString()],
    ["/articles/newest", newest.publishedAt!.toISOString()],
    [`/series/${series.slug}`, undefined],
    [`/tags/${tag.slug}`, undefined],
    ["/contributors/sam-writer", undefined],
  ]);
});

describe("a small site's sitemap", () => {
  it("is one urlset of the home page, published posts and the sections, series, tags and writers that have them", async () => {
    const map = urls(await renderSitemapRoot({ siteUrl: SITE }));
    expect([...map.entries()]).toEqual([...expected.entries()]);
  });

  it("never maps an unpublished post, or a page whose only posts are unpublished", async () => {
    const xml = await renderSitemapRoot({ siteUrl: SITE });
    for (const path of hidden) expect(xml).not.toContain(`${SITE}${path}<`);
  });
});

describe("a large site's sitemap", () => {
  it("becomes an index of pages of at most pageSize URLs that together map the same URLs once each", async () => {
    const index = parseXml(await renderSitemapRoot({ siteUrl: SITE, pageSize: 3 }));
    const files: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) =>
      s.loc.replace(`${SITE}/sitemaps/`, ""),
    );
    // 2 pages ("/" + one section), 3 posts, 1 series, 1 tag, 1 writer.
    expect(files).toEqual(["pages-1.xml", "posts-1.xml", "series-1.xml", "tags-1.xml", "contributors-1.xml"]);

    const small = parseXml(await renderSitemapRoot({ siteUrl: SITE, pageSize: 2 })).sitemapindex.sitemap;
    const pages = small.map((s: { loc: string }) => s.loc.replace(`${SITE}/sitemaps/`, ""));
    expect(pages).toEqual([
      "pages-1.xml",
      "posts-1.xml",
      "posts-2.xml",
      "series-1.xml",
      "tags-1.xml",
      "contributors-1.xml",
    ]);
    const seen = new Map<string, string | undefined>();
    for (const file of pages) {
      const page = urls((await renderSitemapFile(file, { siteUrl: SITE, pageSize: 2 }))!);
      expect(page.size).toBeLessThanOrEqual(2);
      for (const [loc, lastmod] of page) {
        expect(seen.has(loc)).toBe(false);
        seen.set(loc, lastmod);
      }
    }
    expect(new Map([...seen].sort())).toEqual(new Map([...expected].sort()));
  });

  it("pages posts oldest first, so a new post lands on the last page", async () => {
    const first = urls((await renderSitemapFile("posts-1.xml", { siteUrl: SITE, pageSize: 2 }))!);
    const second = urls((await renderSitemapFile("posts-2.xml", { siteUrl: SITE, pageSize: 2 }))!);
    expect([...first.keys()]).toEqual(["/articles/older", "/articles/corrected"]);
    expect([...second.keys()]).toEqual(["/articles/newest"]);
  });

  it("keeps the home page first when the sections spill onto a second page", async () => {
    const extra = await makeSection();
    await makePost({ sectionId: extra.id, slug: "in-extra", publishedAt: daysAgo(30) });
    const first = urls((await renderSitemapFile("pages-1.xml", { siteUrl: SITE, pageSize: 2 }))!);
    const second = urls((await renderSitemapFile("pages-2.xml", { siteUrl: SITE, pageSize: 2 }))!);
    expect([...first.keys()][0]).toBe("/");
    expect(first.size + second.size).toBe(3);
    expect(new Set([...first.keys(), ...second.keys()]).size).toBe(3);
  });

  it("has no page past the end and no page with a made-up name", async () => {
    for (const file of ["posts-9.xml", "posts-0.xml", "drafts-1.xml", "posts-1", "../posts-1.xml", "posts-01.xml"]) {
      expect(await renderSitemapFile(file, { siteUrl: SITE, pageSize: 2 }), file).toBeNull();
    }
    expect(sitemapResponse(await renderSitemapFile("posts-999.xml", { siteUrl: SITE })).status).toBe(404);
  });
});

describe("responses", () => {
  it("are XML", async () => {
    for (const response of [
      sitemapResponse(await renderSitemapRoot({ siteUrl: SITE })),
      sitemapResponse(await renderSitemapFile("posts-1.xml", { siteUrl: SITE })),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    }
  });
});

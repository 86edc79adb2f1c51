import { XMLParser } from "fast-xml-parser";
import { expect, test } from "./helpers";

test("the header search finds an article by a word in its body, with the word highlighted", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search").getByRole("searchbox").fill("mould");
  await page.getByRole("search").getByRole("button").click();
  await expect(page).toHaveURL(/\/search\?q=mould/);
  const results = page.locator(".search-result:visible");
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().locator("mark").first()).toHaveText(/mould/i);
});

test("hostile search queries give a normal page, never an error", async ({ request }) => {
  for (const q of ["", '"', "&|!():*", '\'; DROP TABLE "Post"; --', "x".repeat(10_000), "<script>alert(1)</script>"]) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBe(200);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  }
});

test("an article carries canonical, OpenGraph, Twitter and JSON-LD metadata with every byline as an author", async ({
  page,
}) => {
  await page.goto("/articles/partnership-is-a-verb");
  await expect(page).toHaveTitle(/Partnership is a verb/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
    /\/articles\/partnership-is-a-verb$/,
  );
  expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
  // The demo hero is an SVG; social networks are given a PNG drawn from it.
  expect(await page.locator('meta[property="og:image"]').first().getAttribute("content")).toMatch(
    /^https?:\/\/.*\/share-images\/.*\.png$/,
  );
  expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
  const feeds = await page
    .locator('link[rel="alternate"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("type")));
  expect(feeds).toEqual(
    expect.arrayContaining(["application/rss+xml", "application/atom+xml", "application/feed+json"]),
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld["@type"]).toBe("OpinionNewsArticle");
  expect(ld.author.map((a: { name: string }) => a.name)).toEqual(["Helen Marsh", "Cllr Dawn Ashworth"]);
  expect(ld.author[0].jobTitle).toBe("Chief Executive");
  expect(ld.publisher.name).toBeTruthy();
});

test("the feeds and the sitemap are well-formed and list published articles only", async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const rss = parser.parse(await (await request.get("/feed.xml")).text());
  expect(rss.rss["@_version"]).toBe("2.0");
  const items = [rss.rss.channel.item].flat();
  expect(items.length).toBeGreaterThan(5);
  expect(items.map((i: { link: string }) => i.link).join(" ")).not.toContain("writing-for-the-small-screen");
  const atom = parser.parse(await (await request.get("/atom.xml")).text());
  expect([atom.feed.entry].flat().length).toBe(items.length);
  const json = await (await request.get("/feed.json")).json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  const sitemap = parser.parse(await (await request.get("/sitemap.xml")).text());
  const locs = [sitemap.urlset.url].flat().map((u: { loc: string }) => u.loc);
  expect(locs.some((l: string) => l.endsWith("/articles/partnership-is-a-verb"))).toBe(true);
  expect(locs.some((l: string) => l.includes("retrofit-diary-the-first-winter"))).toBe(false);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/admin/);
  expect(robots).toMatch(/Sitemap: https?:\/\/.*\/sitemap\.xml/);
});

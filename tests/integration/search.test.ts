import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { Snippet } from "../../components/search/snippet";
import { db } from "../../lib/db";
import { searchPosts } from "../../lib/search/data/queries";
import { SEARCH_CONFIGS } from "../../lib/search/data/sql";
import { parseSearchParams } from "../../lib/search/schema";
import { loadSearchPage } from "../../lib/search/search-page";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "../../lib/search/snippet";
import { daysAgo, makeContributor, makePost, makeSection } from "../helpers/factories";

// Search against a real database: the trigger-maintained document, the
// language configurations, ranking, filters, the typo fallback and hostile input.

let sectionA: string;
let sectionB: string;
const slugs = async (q: string, filters = {}, page = 1) =>
  (await searchPosts(q, filters, page)).hits.map((h) => h.post.slug);

beforeAll(async () => {
  const sam = await makeContributor({ slug: "sam-writer", name: "Sam Writer" });
  const alex = await makeContributor({ slug: "alex-writer", name: "Alex Writer" });
  sectionA = (await makeSection("Homes")).slug;
  sectionB = (await makeSection("News")).slug;
  const a = (await db.section.findUniqueOrThrow({ where: { slug: sectionA } })).id;
  const b = (await db.section.findUniqueOrThrow({ where: { slug: sectionB } })).id;

  await makePost({
    slug: "retrofit-diary",
    title: "Retrofit diary",
    type: "BLOG",
    sectionId: a,
    contributorIds: [sam.id],
    plainText: "We insulated the walls and fixed the damp in forty homes.",
    publishedAt: daysAgo(3),
  });
  await makePost({
    slug: "damp-explained",
    title: "Damp and mould: what tenants should know",
    type: "NEWS",
    sectionId: b,
    contributorIds: [alex.id],
    plainText: "Some general words about ventilation.",
    publishedAt: daysAgo(10),
  });
  await makePost({
    slug: "repairs-team",
    title: "A year in the repairs team",
    type: "OPINION",
    sectionId: a,
    contributorIds: [alex.id],
    plainText: "Damp in the bathroom, damp in the hall, damp behind the wardrobe.",
    publishedAt: daysAgo(1),
  });
  await makePost({
    slug: "boilers",
    title: "Winter checks",
    plainText: "We repair boilers before the cold sets in.",
    publishedAt: daysAgo(2),
  });
  await makePost({
    slug: "huurders",
    title: "Een vaste contactpersoon",
    language: "nl-NL",
    plainText: "Elke huurder krijgt een vaste contactpersoon voor zijn woning.",
    publishedAt: daysAgo(4),
  });
  await makePost({
    slug: "pour-les-locataires",
    title: "Les locataires",
    language: "fr-FR",
    plainText: "Réparations dans les logements.",
    publishedAt: daysAgo(6),
  });
  await makePost({
    slug: "escaping",
    title: "Letters page",
    publishedAt: daysAgo(5),
    plainText: `Tenants wrote <script>alert("x")</script> about the mould & why 1 < 2 matters.`,
  });
  // One word, in the title, the standfirst or the body of three posts.
  await makePost({ slug: "cond-title", title: "Condensation", plainText: "Windows.", publishedAt: daysAgo(30) });
  await makePost({
    slug: "cond-standfirst",
    title: "Windows",
    standfirst: "All about condensation",
    publishedAt: daysAgo(20),
  });
  await makePost({
    slug: "cond-body",
    title: "Glass",
    plainText: "Condensation on windows, condensation on walls.",
    publishedAt: daysAgo(1),
  });

  const hidden = [
    { slug: "draft", status: "DRAFT", publishedAt: null },
    { slug: "in-review", status: "IN_REVIEW", publishedAt: null },
    { slug: "scheduled", status: "SCHEDULED", publishedAt: null, scheduledAt: daysAgo(-2) },
    { slug: "archived", status: "ARCHIVED", publishedAt: daysAgo(30) },
    { slug: "tomorrow", status: "PUBLISHED", publishedAt: daysAgo(-1) },
  ] as const;
  for (const p of hidden) {
    await makePost({ ...p, title: `Damp embargo ${p.slug}`, plainText: "Damp embargo secret." });
  }
  for (let i = 0; i < 23; i++) {
    await makePost({
      slug: `newsletter-${String(i).padStart(2, "0")}`,
      title: `Newsletter ${i}`,
      publishedAt: daysAgo(40 + i),
    });
  }
});

describe("searching published posts", () => {
  it("title matches outrank standfirst matches, which outrank body matches", async () => {
    expect(await slugs("condensation")).toEqual(["cond-title", "cond-standfirst", "cond-body"]);
    const damp = await slugs("damp");
    expect(damp.indexOf("damp-explained")).toBeLessThan(damp.indexOf("repairs-team"));
  });

  it("Dutch stemming finds a Dutch post: huurders matches huurder, woningen matches woning", async () => {
    expect(await slugs("huurders")).toEqual(["huurders"]);
    expect(await slugs("woningen")).toEqual(["huurders"]);
  });

  it("English stemming works both ways: repairs finds repair, repair finds repairs", async () => {
    expect(await slugs("repairs")).toContain("boilers");
    expect(await slugs("repair")).toEqual(expect.arrayContaining(["boilers", "repairs-team"]));
  });

  it("a post in a language without its own configuration is matched word for word (simple)", async () => {
    expect(await slugs("logements")).toEqual(["pour-les-locataires"]);
    const asTyped = await searchPosts("logement", {}, 1, { verbatim: true });
    expect(asTyped.hits).toEqual([]);
  });

  it("post_search_config() only chooses configurations the words are also parsed in", async () => {
    const tags = ["en-GB", "en", "EN-us", "nl-NL", "nl-BE", "nl", "fr-FR", "de", "", "x-klingon", "en_GB"];
    const rows = await db.$queryRaw<{ config: string }[]>`
      SELECT DISTINCT post_search_config(tag)::text AS config FROM unnest(${tags}::text[]) AS tag`;
    expect(rows.map((r) => r.config).sort()).toEqual([...SEARCH_CONFIGS].sort());
  });

  it("drafts, posts in review, scheduled, archived and future posts never appear", async () => {
    for (const q of ["damp", "embargo", "secret", "Damp embargo draft", "embargo scheduld"]) {
      const found = await searchPosts(q);
      expect(found.hits.map((h) => h.post.slug).join(" "), q).not.toMatch(/draft|review|scheduled|archived|tomorrow/);
    }
    expect((await searchPosts("embargo")).total).toBe(0);
  });

  it("filters by section, type and contributor, alone and together", async () => {
    expect(await slugs("damp", { section: sectionA })).toEqual(["repairs-team", "retrofit-diary"]);
    expect(await slugs("damp", { type: "NEWS" })).toEqual(["damp-explained"]);
    expect(await slugs("damp", { contributor: "sam-writer" })).toEqual(["retrofit-diary"]);
    expect(await slugs("damp", { section: sectionA, contributor: "alex-writer", type: "OPINION" })).toEqual([
      "repairs-team",
    ]);
    expect(await slugs("damp", { section: sectionB, contributor: "sam-writer" })).toEqual([]);
    expect(await slugs("damp", { section: "no-such-section" })).toEqual([]);
  });

  it("pages through results ten at a time with a stable order and a total", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => searchPosts("newsletter", {}, page)));
    expect(pages.map((p) => p.hits.length)).toEqual([10, 10, 3, 0]);
    expect(pages.map((p) => p.hasNext)).toEqual([true, true, false, false]);
    expect(pages.every((p) => p.total === 23)).toBe(true);
    const all = pages.flatMap((p) => p.hits.map((h) => h.post.slug));
    expect(new Set(all).size).toBe(23);
    // Equal rank: newest first.
    expect(all.slice(0, 3)).toEqual(["newsletter-00", "newsletter-01", "newsletter-02"]);
  });

  it("a mistyped word is searched as the site's nearest word, and says so", async () => {
    const found = await searchPosts("retroft");
    expect(found).toMatchObject({ match: "ranked", correction: { q: "retrofit", mode: "applied" }, hasNext: false });
    expect(found.hits[0]?.post.slug).toBe("retrofit-diary");
  });

  it("words the vocabulary cannot correct find similar titles instead, and say so", async () => {
    const found = await searchPosts("retrofitdiary");
    expect(found).toMatchObject({ match: "similar-titles", correction: null, hasNext: false });
    expect(found.hits[0]?.post.slug).toBe("retrofit-diary");
  });

  it("the typo fallback respects the filters", async () => {
    expect((await searchPosts("retroft", { type: "NEWS" })).hits).toEqual([]);
  });

  it("returns card data: bylines, section and type", async () => {
    const [hit] = (await searchPosts("retrofit")).hits;
    expect(hit?.post).toMatchObject({
      slug: "retrofit-diary",
      type: "BLOG",
      title: "Retrofit diary",
      section: { slug: sectionA, name: "Homes" },
      bylines: [{ name: "Sam Writer", slug: "sam-writer" }],
    });
  });
});

describe("snippets", () => {
  it("highlight the matched words in the body text", async () => {
    const [hit] = (await searchPosts("damp", { contributor: "sam-writer" })).hits;
    expect(hit?.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(["damp"]);
    expect(hit?.snippet.map((s) => s.text).join("")).toContain("fixed the damp in forty homes");
  });

  it("come back as plain text that React escapes, whatever HTML the text contains", async () => {
    const [hit] = (await searchPosts("mould", { type: "BLOG" })).hits.filter((h) => h.post.slug === "escaping");
    const segments = hit!.snippet;
    expect(segments.find((s) => s.highlighted)?.text).toBe("mould");
    for (const s of segments) {
      expect(Object.keys(s).sort()).toEqual(["highlighted", "text"]);
      expect(s.text).not.toContain(HIGHLIGHT_START);
      expect(s.text).not.toContain(HIGHLIGHT_STOP);
    }
    const html = renderToStaticMarkup(createElement(Snippet, { segments }));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<mark>mould</mark>");
    expect(html).toContain("&amp;");
    expect(html).toContain("1 &lt; 2");
  });
});

describe("hostile and odd queries", () => {
  const HOSTILE = [
    "",
    "   ",
    "x".repeat(10 * 1024),
    "damp ".repeat(2048),
    `"`,
    `"""`,
    `''''`,
    `"unterminated damp`,
    "&|!():*",
    "!!!(((:*",
    "&&||!!",
    "a & | b",
    "<->",
    "<2>",
    ":*",
    "!damp",
    "-damp",
    "-",
    "--",
    "or",
    "OR OR",
    "\\",
    "%_",
    "😀🏠",
    "Ὀδυσσεύς",
    "日本語の検索",
    "ﬁx",
    "damp\u0000repairs",
    "\u0000",
    "\u0000\u0000damp",
    "\uD800",
    `' OR 1=1; DROP TABLE "Post"; --`,
    "$1",
    "${q}",
    "a".repeat(3000),
    "(((((((((((((((((((((((damp",
  ];

  it.each(HOSTILE.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
    "%s returns a normal result",
    async (_label, raw) => {
      const { query, results } = await loadSearchPage(Promise.resolve({ q: raw }));
      expect(query.q.length).toBeLessThanOrEqual(400);
      if (query.q === "") expect(results).toBeNull();
      else expect(results).toMatchObject({ page: 1, hits: expect.any(Array), total: expect.any(Number) });
    },
  );

  it("operators still work as websearch syntax: a quoted phrase and a negation", async () => {
    expect(await slugs(`"fixed the damp"`)).toEqual(["retrofit-diary"]);
    expect(await slugs("damp -wardrobe")).not.toContain("repairs-team");
    expect(await slugs("damp -wardrobe")).toContain("retrofit-diary");
  });

  it("a query with NUL bytes still searches for its words", async () => {
    const { q } = parseSearchParams({ q: "retrofit\u0000diary" });
    expect(await slugs(q)).toEqual(["retrofit-diary"]);
  });

  it("nothing a query contained touched the data", async () => {
    expect(await db.post.count()).toBe(10 + 5 + 23);
  });
});

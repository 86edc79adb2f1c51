import { describe, expect, it } from "vitest";
import { articleMetadata } from "../../../lib/seo/metadata";
import { SITE_URL, articlePage, byline, settings } from "./fixtures";

// Next's Metadata unions are wide; tests read the fields they check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-side view of Metadata
const meta = (...args: Parameters<typeof articleMetadata>) => articleMetadata(...args) as any;

describe("article metadata", () => {
  it("uses the SEO title and description when the editor wrote them", () => {
    const m = meta(
      articlePage({ seoTitle: "Flood plans for Ferry Lane", seoDescription: "What the estate is doing." }),
      settings(),
      SITE_URL,
    );
    expect(m.title).toBe("Flood plans for Ferry Lane");
    expect(m.description).toBe("What the estate is doing.");
    expect(m.openGraph.title).toBe("Flood plans for Ferry Lane");
    expect(m.twitter.description).toBe("What the estate is doing.");
  });

  it("falls back to the headline and standfirst", () => {
    const m = meta(articlePage(), settings(), SITE_URL);
    expect(m.title).toBe("Living with the River Mell");
    expect(m.description).toBe("How residents on Ferry Lane are preparing for the next flood.");
  });

  it("trims a long standfirst to 160 characters on a word boundary", () => {
    const standfirst =
      "After three winters of flooding, residents, volunteers and engineers on the Ferry Lane estate explain what they have changed, what still worries them and what they need from us next.";
    const m = meta(articlePage({ standfirst }), settings(), SITE_URL);
    expect(m.description.length).toBeLessThanOrEqual(160);
    expect(m.description).toMatch(/ [a-z]+…$/);
    expect(standfirst.startsWith(m.description.slice(0, -1))).toBe(true);
    expect(m.openGraph.description).toBe(m.description);
  });

  it("leaves the description to the layout when the article has none", () => {
    expect(meta(articlePage({ standfirst: "" }), settings(), SITE_URL).description).toBeUndefined();
  });

  it("points the canonical URL at the absolute article address, whatever SITE_URL ends with", () => {
    expect(meta(articlePage(), settings(), `${SITE_URL}/`).alternates.canonical).toBe(
      `${SITE_URL}/articles/living-with-the-river-mell`,
    );
  });

  it("advertises the site's feeds", () => {
    const types = meta(articlePage(), settings(), SITE_URL).alternates.types;
    expect(types["application/rss+xml"]).toEqual([{ url: `${SITE_URL}/feed.xml`, title: "Riverside Voices (RSS)" }]);
    expect(Object.keys(types)).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
  });

  it("describes the article for Open Graph", () => {
    const page = articlePage({
      contentUpdatedAt: new Date("2026-03-05T12:00:00Z"),
      bylines: [
        byline(),
        byline({ name: "Priya Lindqvist", slug: "priya-lindqvist", jobTitle: null, organisation: null }),
      ],
    });
    expect(meta(page, settings(), SITE_URL).openGraph).toEqual({
      type: "article",
      url: `${SITE_URL}/articles/living-with-the-river-mell`,
      title: "Living with the River Mell",
      description: "How residents on Ferry Lane are preparing for the next flood.",
      siteName: "Riverside Voices",
      locale: "en_GB",
      images: [
        {
          url: `${SITE_URL}/share-images/posts/living-with-the-river-mell.png`,
          alt: "Houses on a riverbank at dawn",
          width: 1200,
          height: 630,
        },
      ],
      publishedTime: "2026-03-02T08:00:00.000Z",
      modifiedTime: "2026-03-05T12:00:00.000Z",
      authors: [`${SITE_URL}/contributors/sam-okafor`, `${SITE_URL}/contributors/priya-lindqvist`],
      section: "Housing",
      tags: ["Flooding", "Damp & mould"],
    });
  });

  it("does not date a modification before publication", () => {
    const m = meta(articlePage({ contentUpdatedAt: new Date("2025-01-01T00:00:00Z") }), settings(), SITE_URL);
    expect(m.openGraph.modifiedTime).toBe("2026-03-02T08:00:00.000Z");
  });

  it("gives a Dutch article the Dutch locale", () => {
    expect(meta(articlePage({ language: "nl-NL" }), settings(), SITE_URL).openGraph.locale).toBe("nl_NL");
  });

  it("shows a large Twitter card with the hero when there is one", () => {
    expect(meta(articlePage(), settings(), SITE_URL).twitter).toEqual({
      card: "summary_large_image",
      site: "@RiversideHomes",
      title: "Living with the River Mell",
      description: "How residents on Ferry Lane are preparing for the next flood.",
      images: [
        { url: `${SITE_URL}/share-images/posts/living-with-the-river-mell.png`, alt: "Houses on a riverbank at dawn" },
      ],
    });
  });

  it("shows a small Twitter card and no image without a hero", () => {
    const m = meta(articlePage({ hero: null }), settings(), SITE_URL);
    expect(m.twitter.card).toBe("summary");
    expect(m.twitter.images).toBeUndefined();
    expect(m.openGraph.images).toBeUndefined();
  });

  it("names no Twitter site when the site has no handle", () => {
    expect(meta(articlePage(), settings({ socialHandle: null }), SITE_URL).twitter.site).toBeUndefined();
  });

  it("shares a page without a hero with the site's share image, in a large card", () => {
    const socialImage = { src: "/media/social-abcdefgh12/social.jpg", width: 1200, height: 630 };
    const m = meta(articlePage({ hero: null }), settings({ socialImage }), SITE_URL);
    expect(m.openGraph.images).toEqual([
      { url: `${SITE_URL}/media/social-abcdefgh12/social.jpg`, width: 1200, height: 630 },
    ]);
    expect(m.twitter.card).toBe("summary_large_image");
  });

  it("never shares an SVG: one hosted elsewhere gives way to the site's share image, or to none", () => {
    const hero = { url: "https://cdn.example.net/river.svg", alt: "", caption: null, credit: null };
    expect(meta(articlePage({ hero }), settings(), SITE_URL).openGraph.images).toBeUndefined();
    const socialImage = { src: "/media/social-abcdefgh12/social.jpg", width: 1200, height: 630 };
    expect(meta(articlePage({ hero }), settings({ socialImage }), SITE_URL).openGraph.images?.[0]?.url).toBe(
      `${SITE_URL}/media/social-abcdefgh12/social.jpg`,
    );
  });

  it("keeps a hero hosted elsewhere at its own address", () => {
    const hero = { url: "https://cdn.example.net/river.jpg", alt: "", caption: null, credit: null };
    const m = meta(articlePage({ hero }), settings(), SITE_URL);
    expect(m.openGraph.images).toEqual([{ url: "https://cdn.example.net/river.jpg", width: 1600, height: 900 }]);
  });
});

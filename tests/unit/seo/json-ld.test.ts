import { describe, expect, it } from "vitest";
import type { PostTypeName } from "../../../lib/posts/dto";
import { articleJsonLd, jsonLdScript, websiteJsonLd } from "../../../lib/seo/json-ld";
import { HOSTILE_TITLE, SITE_URL, articlePage, byline, series, settings } from "./fixtures";

describe("article structured data", () => {
  it.each<[PostTypeName, string]>([
    ["OPINION", "OpinionNewsArticle"],
    ["BLOG", "BlogPosting"],
    ["NEWS", "NewsArticle"],
    ["FEATURE", "Article"],
  ])("marks up a %s post as %s", (type, schemaType) => {
    expect(articleJsonLd(articlePage({ type }), settings(), SITE_URL)["@type"]).toBe(schemaType);
  });

  it("describes the article with absolute addresses", () => {
    const ld = articleJsonLd(articlePage({ contentUpdatedAt: new Date("2026-03-04T10:00:00Z") }), settings(), SITE_URL);
    const url = `${SITE_URL}/articles/living-with-the-river-mell`;
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      headline: "Living with the River Mell",
      description: "How residents on Ferry Lane are preparing for the next flood.",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      inLanguage: "en-GB",
      datePublished: "2026-03-02T08:00:00.000Z",
      dateModified: "2026-03-04T10:00:00.000Z",
      image: [`${SITE_URL}/images/posts/living-with-the-river-mell.svg`],
      publisher: { "@type": "Organization", name: "Riverside Homes", url: `${SITE_URL}/` },
      articleSection: "Housing",
      keywords: ["Flooding", "Damp & mould"],
    });
  });

  it("makes every byline an author with job title and employer when known", () => {
    const bylines = [
      byline(),
      byline({
        name: "Jo Tenant",
        slug: "jo-tenant",
        jobTitle: "Chair",
        organisation: "Ferry Lane Residents’ Association",
      }),
      byline({ name: "Priya Lindqvist", slug: "priya-lindqvist", jobTitle: null, organisation: null }),
    ];
    expect(articleJsonLd(articlePage({ bylines }), settings(), SITE_URL).author).toEqual([
      {
        "@type": "Person",
        name: "Sam Okafor",
        url: `${SITE_URL}/contributors/sam-okafor`,
        jobTitle: "Head of Housing",
        worksFor: { "@type": "Organization", name: "Riverside Homes" },
      },
      {
        "@type": "Person",
        name: "Jo Tenant",
        url: `${SITE_URL}/contributors/jo-tenant`,
        jobTitle: "Chair",
        worksFor: { "@type": "Organization", name: "Ferry Lane Residents’ Association" },
      },
      { "@type": "Person", name: "Priya Lindqvist", url: `${SITE_URL}/contributors/priya-lindqvist` },
    ]);
  });

  it("keeps the headline to 110 characters, whatever the SEO title", () => {
    const title =
      "Why the River Mell keeps flooding Ferry Lane, what the council and the water company have promised, and what residents want";
    const ld = articleJsonLd(articlePage({ title, seoTitle: "Short" }), settings(), SITE_URL);
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    expect(ld.headline).toMatch(/^Why the River Mell .* [a-z]+…$/);
  });

  it("places a series part in its series", () => {
    const ld = articleJsonLd(articlePage({}, { series: series() }), settings(), SITE_URL);
    expect(ld.isPartOf).toEqual({
      "@type": "CreativeWorkSeries",
      name: "Retrofit diary",
      url: `${SITE_URL}/series/retrofit-diary`,
    });
    expect(ld.position).toBe(2);
  });

  it("leaves out what the article does not have", () => {
    const ld = articleJsonLd(
      articlePage({ hero: null, section: null, tags: [], standfirst: "" }),
      settings(),
      SITE_URL,
    );
    for (const key of ["image", "articleSection", "keywords", "description", "isPartOf", "position"]) {
      expect(ld).not.toHaveProperty(key);
    }
  });

  it("gives a Dutch article its language", () => {
    expect(articleJsonLd(articlePage({ language: "nl-NL" }), settings(), SITE_URL).inLanguage).toBe("nl-NL");
  });
});

describe("website structured data", () => {
  it("names the site and points a search action at the search page", () => {
    expect(websiteJsonLd(settings({ language: "nl-NL" }), `${SITE_URL}/`)).toEqual({
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: "Riverside Voices",
      url: `${SITE_URL}/`,
      description: settings().tagline,
      inLanguage: "nl-NL",
      publisher: { "@type": "Organization", name: "Riverside Homes", url: `${SITE_URL}/` },
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${SITE_URL}/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });
});

describe("jsonLdScript", () => {
  const ld = articleJsonLd(
    articlePage({
      title: HOSTILE_TITLE,
      standfirst: HOSTILE_TITLE,
      bylines: [byline({ name: HOSTILE_TITLE }), byline({ name: "</SCRIPT >" })],
      tags: [{ slug: "hostile", name: HOSTILE_TITLE }],
    }),
    settings(),
    SITE_URL,
  );
  const script = jsonLdScript(ld);

  it("cannot be closed or disturbed by anything in the data", () => {
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain("<!--");
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("parses back to exactly the data it was given", () => {
    expect(JSON.parse(script)).toEqual(ld);
    expect(JSON.parse(script).author[0].name).toBe(HOSTILE_TITLE);
    expect(JSON.parse(script).keywords).toEqual([HOSTILE_TITLE]);
  });

  it("escapes as \\u sequences", () => {
    expect(jsonLdScript({ t: "<a>&\u2028\u2029" })).toBe('{"t":"\\u003ca\\u003e\\u0026\\u2028\\u2029"}');
  });
});

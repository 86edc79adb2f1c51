import { describe, expect, it } from "vitest";
import { listingMetadata } from "../../../lib/seo/metadata";
import { SITE_URL, settings } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-side view of Metadata
const meta = (...args: Parameters<typeof listingMetadata>) => listingMetadata(...args) as any;
const housing = {
  kind: "section",
  name: "Housing",
  slug: "housing",
  description: "Homes, repairs and rents.",
} as const;

describe("listing metadata", () => {
  it("titles the first page by its subject and later pages by their number", () => {
    expect(meta({ ...housing, page: 1 }, settings(), SITE_URL).title).toBe("Housing");
    expect(meta({ ...housing, page: 2 }, settings(), SITE_URL).title).toBe("Housing – page 2");
  });

  it("numbers pages in the site's language", () => {
    expect(meta({ ...housing, page: 3 }, settings({ language: "nl-NL" }), SITE_URL).title).toBe("Housing – pagina 3");
  });

  it("keeps the home page title free of the layout's site-name suffix", () => {
    expect(meta({ kind: "home", page: 1 }, settings(), SITE_URL).title).toEqual({ absolute: "Riverside Voices" });
    expect(meta({ kind: "home", page: 2 }, settings(), SITE_URL).title).toEqual({
      absolute: "Riverside Voices – page 2",
    });
  });

  it("makes the bare path canonical for page 1 and ?page=N for later pages", () => {
    expect(meta({ ...housing, page: 1 }, settings(), SITE_URL).alternates.canonical).toBe(
      `${SITE_URL}/sections/housing`,
    );
    expect(meta({ ...housing, page: 2 }, settings(), SITE_URL).alternates.canonical).toBe(
      `${SITE_URL}/sections/housing?page=2`,
    );
    expect(meta({ kind: "home", page: 1 }, settings(), SITE_URL).alternates.canonical).toBe(`${SITE_URL}/`);
    expect(meta({ kind: "home", page: 4 }, settings(), `${SITE_URL}/`).alternates.canonical).toBe(
      `${SITE_URL}/?page=4`,
    );
    expect(meta({ kind: "tag", name: "Damp", slug: "damp", page: 2 }, settings(), SITE_URL).alternates.canonical).toBe(
      `${SITE_URL}/tags/damp?page=2`,
    );
    expect(
      meta({ kind: "series", name: "Retrofit diary", slug: "retrofit-diary", page: 1 }, settings(), SITE_URL).alternates
        .canonical,
    ).toBe(`${SITE_URL}/series/retrofit-diary`);
  });

  it("describes a listing by its own description, else the site's tagline", () => {
    expect(meta({ ...housing, page: 1 }, settings(), SITE_URL).description).toBe("Homes, repairs and rents.");
    expect(meta({ ...housing, description: "  ", page: 1 }, settings(), SITE_URL).description).toBe(settings().tagline);
    expect(meta({ kind: "home", page: 1 }, settings({ tagline: "News from the river" }), SITE_URL).description).toBe(
      "News from the river",
    );
  });

  it("shares a contributor page as a profile and other listings as websites", () => {
    const sam = meta({ kind: "contributor", name: "Sam Okafor", slug: "sam-okafor", page: 1 }, settings(), SITE_URL);
    expect(sam.openGraph).toEqual({
      type: "profile",
      url: `${SITE_URL}/contributors/sam-okafor`,
      title: "Sam Okafor",
      description: settings().tagline,
      siteName: "Riverside Voices",
      locale: "en_GB",
    });
    expect(meta({ ...housing, page: 1 }, settings(), SITE_URL).openGraph.type).toBe("website");
    expect(meta({ kind: "home", page: 1 }, settings(), SITE_URL).openGraph.title).toBe("Riverside Voices");
  });

  it("uses a listing's own language for its locale when it has one", () => {
    const series = { kind: "series", name: "Wonen aan de rivier", slug: "wonen", page: 1, language: "nl-NL" } as const;
    expect(meta(series, settings(), SITE_URL).openGraph.locale).toBe("nl_NL");
  });

  it("advertises a section's own feeds before the site's", () => {
    const rss = meta({ ...housing, page: 1 }, settings(), SITE_URL).alternates.types["application/rss+xml"];
    expect(rss).toEqual([
      { url: `${SITE_URL}/sections/housing/feed.xml`, title: "Housing · Riverside Voices (RSS)" },
      { url: `${SITE_URL}/feed.xml`, title: "Riverside Voices (RSS)" },
    ]);
  });

  it("advertises a contributor's own feeds before the site's", () => {
    const json = meta({ kind: "contributor", name: "Sam Okafor", slug: "sam-okafor", page: 2 }, settings(), SITE_URL)
      .alternates.types["application/feed+json"];
    expect(json.map((l: { url: string }) => l.url)).toEqual([
      `${SITE_URL}/contributors/sam-okafor/feed.json`,
      `${SITE_URL}/feed.json`,
    ]);
  });

  it("advertises only the site's feeds on home, tag and series pages", () => {
    for (const input of [
      { kind: "home", page: 1 },
      { kind: "tag", name: "Damp", slug: "damp", page: 1 },
      { kind: "series", name: "Retrofit diary", slug: "retrofit-diary", page: 1 },
    ] as const) {
      expect(meta(input, settings(), SITE_URL).alternates.types["application/atom+xml"]).toEqual([
        { url: `${SITE_URL}/atom.xml`, title: "Riverside Voices (Atom)" },
      ]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { feedAlternateTypes, feedLinks, feedPath } from "../../../lib/feeds/links";
import { absoluteUrl } from "../../../lib/urls";

describe("feed addresses", () => {
  it("put the site's feeds at the root and a section's or contributor's under its page", () => {
    expect(feedPath({ kind: "site" }, "rss")).toBe("/feed.xml");
    expect(feedPath({ kind: "site" }, "atom")).toBe("/atom.xml");
    expect(feedPath({ kind: "site" }, "json")).toBe("/feed.json");
    expect(feedPath({ kind: "section", slug: "housing" }, "atom")).toBe("/sections/housing/atom.xml");
    expect(feedPath({ kind: "contributor", slug: "sam" }, "json")).toBe("/contributors/sam/feed.json");
  });

  it("join SITE_URL and a path whether or not SITE_URL ends in a slash or has a path", () => {
    expect(absoluteUrl("https://a.example", "/feed.xml")).toBe("https://a.example/feed.xml");
    expect(absoluteUrl("https://a.example/", "/feed.xml")).toBe("https://a.example/feed.xml");
    expect(absoluteUrl("https://a.example/news/", "/feed.xml")).toBe("https://a.example/news/feed.xml");
  });
});

describe("feedLinks", () => {
  it("describes one alternate link per format, titled like the feed", () => {
    expect(
      feedLinks({ kind: "section", slug: "housing", name: "Housing" }, "Riverside Voices", "https://a.example"),
    ).toEqual([
      {
        type: "application/rss+xml",
        title: "Housing · Riverside Voices (RSS)",
        href: "https://a.example/sections/housing/feed.xml",
      },
      {
        type: "application/atom+xml",
        title: "Housing · Riverside Voices (Atom)",
        href: "https://a.example/sections/housing/atom.xml",
      },
      {
        type: "application/feed+json",
        title: "Housing · Riverside Voices (JSON Feed)",
        href: "https://a.example/sections/housing/feed.json",
      },
    ]);
  });

  it("groups several scopes' links by media type for Next's alternates.types", () => {
    const links = [
      ...feedLinks({ kind: "contributor", slug: "sam", name: "Sam" }, "RV", "https://a.example"),
      ...feedLinks({ kind: "site" }, "RV", "https://a.example"),
    ];
    const types = feedAlternateTypes(links);
    expect(Object.keys(types)).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
    expect(types["application/rss+xml"]).toEqual([
      { url: "https://a.example/contributors/sam/feed.xml", title: "Sam · RV (RSS)" },
      { url: "https://a.example/feed.xml", title: "RV (RSS)" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { buildFeed } from "../../../lib/feeds/build";
import { channel, HOSTILE, parseXml, settings, SITE_URL } from "./fixtures";

const input = { channel, settings, siteUrl: SITE_URL };
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe("RSS 2.0", () => {
  const rss = parseXml(buildFeed("rss", input)).rss;
  const [newest, older] = rss.channel.item;

  it("is an RSS 2.0 channel with the site's title, link, description, language and self link", () => {
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel).toMatchObject({
      title: "Riverside Voices",
      link: `${SITE_URL}/`,
      description: "News & views",
      language: "en-GB",
      copyright: "© Riverside Homes",
    });
    expect(rss.channel["atom:link"]).toEqual({
      "@href": `${SITE_URL}/feed.xml`,
      "@rel": "self",
      "@type": "application/rss+xml",
    });
  });

  it("dates the channel by its newest change, not by the time it was built", () => {
    expect(rss.channel.lastBuildDate).toBe("Thu, 07 Mar 2024 08:00:00 GMT");
  });

  it("gives every item a title, absolute link, permalink guid and RFC 822 publication date", () => {
    expect(newest.title).toBe('Newest <b>bold</b> & "quoted"');
    expect(newest.link).toBe(`${SITE_URL}/articles/newest`);
    expect(newest.guid).toEqual({ "#text": `${SITE_URL}/articles/newest`, "@isPermaLink": "true" });
    expect(newest.pubDate).toMatch(RFC_822);
    expect(newest.pubDate).toBe("Tue, 05 Mar 2024 10:30:00 GMT");
    expect(older.link).toBe(`${SITE_URL}/articles/first-post`);
  });

  it("names every byline, lists section and tags as categories and attaches the hero image", () => {
    expect(newest["dc:creator"]).toEqual(["Sam Writer", HOSTILE]);
    expect(newest.category).toEqual([
      { "#text": "Housing", "@domain": `${SITE_URL}/sections/` },
      { "#text": "Damp & mould", "@domain": `${SITE_URL}/tags/` },
    ]);
    expect(newest.enclosure).toEqual({
      "@url": `${SITE_URL}/images/posts/newest.svg`,
      "@length": "0",
      "@type": "image/svg+xml",
    });
    expect(older.enclosure).toBeUndefined();
  });

  it("carries the standfirst as escaped HTML and the full text with absolute links", () => {
    expect(newest.description).toBe("A &lt; B &amp; C");
    expect(newest["content:encoded"]).toContain(`href="${SITE_URL}/articles/first-post"`);
    expect(newest["content:encoded"]).toContain(`href="${SITE_URL}/articles/newest#note"`);
    expect(newest["content:encoded"]).toContain(`src="${SITE_URL}/images/a.svg"`);
  });
});

describe("Atom 1.0", () => {
  const feed = parseXml(buildFeed("atom", input)).feed;
  const [newest, older] = feed.entry;

  it("has an id, title, updated date, language and alternate and self links", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("en-GB");
    expect(feed.id).toBe(`${SITE_URL}/atom.xml`);
    expect(feed.title).toBe("Riverside Voices");
    expect(feed.updated).toBe("2024-03-07T08:00:00.000Z");
    expect(feed.link).toEqual([
      { "@rel": "alternate", "@type": "text/html", "@href": `${SITE_URL}/` },
      { "@rel": "self", "@type": "application/atom+xml", "@href": `${SITE_URL}/atom.xml` },
    ]);
    expect(feed.rights).toBe("© Riverside Homes");
  });

  it("gives every entry its article URL as id, a title, dates and an author with a profile link", () => {
    expect(newest.id).toBe(`${SITE_URL}/articles/newest`);
    expect(newest.title).toBe('Newest <b>bold</b> & "quoted"');
    expect(newest.published).toBe("2024-03-05T10:30:00.000Z");
    expect(newest.updated).toBe("2024-03-07T08:00:00.000Z");
    expect(newest.author).toEqual([
      { name: "Sam Writer", uri: `${SITE_URL}/contributors/sam-writer` },
      { name: HOSTILE, uri: `${SITE_URL}/contributors/guest` },
    ]);
    expect(older.updated).toBe("2024-03-01T09:00:00.000Z");
  });

  it("keeps titles and summaries as text and the article body as HTML", () => {
    expect(newest.summary).toBe("A < B & C");
    expect(newest.content["@type"]).toBe("html");
    expect(newest.content["#text"]).toContain(`<a href="${SITE_URL}/articles/first-post">`);
  });

  it("marks an entry written in another language and links the hero image as an enclosure", () => {
    expect(older["@xml:lang"]).toBe("nl-NL");
    expect(newest["@xml:lang"]).toBeUndefined();
    expect(newest.link).toContainEqual({
      "@rel": "enclosure",
      "@href": `${SITE_URL}/images/posts/newest.svg`,
      "@type": "image/svg+xml",
      "@title": "A river at dawn",
    });
    expect(newest.category.map((c: Record<string, string>) => c["@term"])).toEqual(["Housing", "Damp & mould"]);
  });
});

describe("JSON Feed 1.1", () => {
  const feed = JSON.parse(buildFeed("json", input));
  const [newest, older] = feed.items;

  it("declares version 1.1 with title, home page, feed URL and language", () => {
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "Riverside Voices",
      home_page_url: `${SITE_URL}/`,
      feed_url: `${SITE_URL}/feed.json`,
      language: "en-GB",
      authors: [{ name: "Riverside Homes", url: `${SITE_URL}/` }],
    });
  });

  it("gives every item an id, url, title, dates and all its authors", () => {
    expect(newest).toMatchObject({
      id: `${SITE_URL}/articles/newest`,
      url: `${SITE_URL}/articles/newest`,
      title: 'Newest <b>bold</b> & "quoted"',
      date_published: "2024-03-05T10:30:00.000Z",
      date_modified: "2024-03-07T08:00:00.000Z",
      authors: [
        { name: "Sam Writer", url: `${SITE_URL}/contributors/sam-writer` },
        { name: HOSTILE, url: `${SITE_URL}/contributors/guest` },
      ],
      tags: ["Housing", "Damp & mould"],
      summary: "A < B & C",
      image: `${SITE_URL}/images/posts/newest.svg`,
    });
    expect(newest.content_html).toContain(`${SITE_URL}/articles/first-post`);
    expect(older.language).toBe("nl-NL");
    expect(older.tags).toBeUndefined();
  });
});

describe("summary-only feeds", () => {
  const summaryInput = { ...input, settings: { ...settings, feedContent: "summary" as const } };

  it("leave the article body out of every format", () => {
    const rssItem = parseXml(buildFeed("rss", summaryInput)).rss.channel.item[0];
    const atomEntry = parseXml(buildFeed("atom", summaryInput)).feed.entry[0];
    const jsonItem = JSON.parse(buildFeed("json", summaryInput)).items[0];
    expect(rssItem["content:encoded"]).toBeUndefined();
    expect(rssItem.description).toBe("A &lt; B &amp; C");
    expect(atomEntry.content).toBeUndefined();
    expect(atomEntry.summary).toBe("A < B & C");
    expect(jsonItem.content_html).toBeUndefined();
    expect(jsonItem.content_text).toBe("A < B & C");
  });
});

describe("section and contributor feeds", () => {
  it("are titled after their subject and link to their own page and feed", () => {
    const section = {
      ...channel,
      subject: { kind: "section" as const, id: "s", slug: "housing", name: "Housing", description: "" },
    };
    const rss = parseXml(buildFeed("rss", { ...input, channel: section })).rss.channel;
    expect(rss.title).toBe("Housing · Riverside Voices");
    expect(rss.link).toBe(`${SITE_URL}/sections/housing`);
    expect(rss.description).toBe("News & views");
    expect(rss["atom:link"]["@href"]).toBe(`${SITE_URL}/sections/housing/feed.xml`);

    const contributor = {
      ...channel,
      subject: {
        kind: "contributor" as const,
        id: "c",
        slug: "guest",
        name: HOSTILE,
        description: "Tenant, Riverside",
      },
    };
    const atom = parseXml(buildFeed("atom", { ...input, channel: contributor })).feed;
    expect(atom.title).toBe(`${HOSTILE} · Riverside Voices`);
    expect(atom.subtitle).toBe("Tenant, Riverside");
    expect(atom.id).toBe(`${SITE_URL}/contributors/guest/atom.xml`);
  });
});

describe("escaping", () => {
  it("never lets a name or title become markup in any format", () => {
    for (const format of ["rss", "atom"] as const) {
      const xml = buildFeed(format, input);
      expect(xml).not.toContain("<script>");
      expect(xml).toContain("Guest &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    }
    expect(JSON.parse(buildFeed("json", input)).items[0].authors[1].name).toBe(HOSTILE);
  });

  it("keeps the feed well-formed whatever a title contains", () => {
    const nasty = "a]]>b]]><evil/>c\u0001\uFFFE & &amp; \"'";
    const tricky = {
      ...input,
      channel: { ...channel, posts: [{ ...channel.posts[0]!, title: nasty, tags: [{ slug: "t", name: "<b>" }] }] },
    };
    expect(parseXml(buildFeed("rss", tricky)).rss.channel.item[0].title).toBe("a]]>b]]><evil/>c & &amp; \"'");
    const entry = parseXml(buildFeed("atom", tricky)).feed.entry[0];
    expect(entry.title).toBe("a]]>b]]><evil/>c & &amp; \"'");
    expect(entry.category[1]["@term"]).toBe("<b>");
  });
});

describe("stability", () => {
  it("gives the same bytes for the same posts, and an empty feed a fixed date", () => {
    for (const format of ["rss", "atom", "json"] as const)
      expect(buildFeed(format, input)).toBe(buildFeed(format, input));
    const empty = { ...input, channel: { ...channel, posts: [] } };
    expect(parseXml(buildFeed("atom", empty)).feed.updated).toBe("1970-01-01T00:00:00.000Z");
    expect(JSON.parse(buildFeed("json", empty)).items).toEqual([]);
  });
});

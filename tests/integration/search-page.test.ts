import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import CachedSearchPage, { generateMetadata as cachedMetadata } from "../../app/(site)/[lang]/search/[key]/page";
import SearchPage, { generateMetadata } from "../../app/(site)/[lang]/search/page";
import { db } from "../../lib/db";
import { searchKeySegment } from "../../lib/search/route-key";
import { daysAgo, makeContributor, makePost, makeSection } from "../helpers/factories";

// The /search page as the server renders it, on a real database.

async function render(params: Record<string, string | string[]>): Promise<string> {
  return renderToStaticMarkup(
    await SearchPage({ params: Promise.resolve({ lang: "_" }), searchParams: Promise.resolve(params) }),
  );
}

beforeAll(async () => {
  const section = await makeSection("Homes");
  const sam = await makeContributor({ slug: "sam-writer", name: "Sam Writer" });
  await makePost({
    slug: "retrofit-diary",
    title: "Retrofit diary",
    sectionId: section.id,
    contributorIds: [sam.id],
    plainText: "We fixed the damp in forty homes.",
    publishedAt: daysAgo(2),
  });
  for (let i = 0; i < 12; i++) await makePost({ title: `Newsletter ${i}`, publishedAt: daysAgo(10 + i) });
});

describe("the search page", () => {
  it("without words, shows one heading, the labelled form and an invitation", async () => {
    const html = await render({});
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain("<h1>Search</h1>");
    expect(html).toContain("Search the articles");
    expect(html).toMatch(/<form role="search"[^>]*action="\/search" method="get"/);
    expect(html).toContain('<label for="search-q">Search for</label>');
    const input = html.match(/<input id="search-q"[^>]*>/)?.[0] ?? "";
    for (const attribute of ['type="search"', 'name="q"', 'value=""']) expect(input).toContain(attribute);
    for (const name of ["section", "type", "contributor"]) {
      expect(html).toContain(`<label for="search-${name}">`);
      expect(html).toContain(`<select id="search-${name}" name="${name}">`);
    }
    expect(html).toContain(">Sam Writer</option>");
    expect(html).toContain(">Homes</option>");
  });

  it("shows the count, cards with highlighted snippets, and keeps the words in the box", async () => {
    const html = await render({ q: "damp" });
    expect(html).toContain("1 result for “damp”");
    expect(html).toContain('<a href="/articles/retrofit-diary">Retrofit diary</a>');
    expect(html).toContain("<mark>damp</mark>");
    expect(html).toContain("Sam Writer");
    expect(html).toContain('value="damp"');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it("says so when nothing matches", async () => {
    expect(await render({ q: "xyzzy" })).toContain("No articles match “xyzzy”. Try fewer or different words.");
  });

  it("offers similar titles for words the vocabulary cannot correct", async () => {
    const html = await render({ q: "retrofitdiary" });
    expect(html).toContain("Showing results for similar titles");
    expect(html).toContain("Retrofit diary");
  });

  it("shows the results for a corrected word in the status, with a link that searches the words as typed", async () => {
    const html = await render({ q: "Retroft", type: "BLOG" });
    const status = html.match(/<div role="status" class="search-status">(.*?)<\/div>/)?.[1] ?? "";
    expect(status).toContain(
      'Showing results for <strong>retrofit</strong>. Search instead for <a href="/search?q=Retroft&amp;type=BLOG&amp;verbatim=1"><em>Retroft</em></a>',
    );
    expect(status).toContain("1 result for “retrofit”");
    expect(html).toContain('<a href="/articles/retrofit-diary">Retrofit diary</a>');

    const asTyped = await render({ q: "Retroft", type: "BLOG", verbatim: "1" });
    expect(asTyped).not.toContain("Showing results for <strong>");
    expect(asTyped).toContain("Showing results for similar titles");
  });

  it("asks “Did you mean …?” with a link when the words as typed find enough", async () => {
    const html = await render({ q: "newsletter or dampp" });
    expect(html).toContain("12 results for “newsletter or dampp”");
    expect(html).toContain(
      'Did you mean <a href="/search?q=newsletter+or+damp">newsletter or <strong>damp</strong></a>?',
    );
  });

  it("says it in Dutch on a Dutch site", async () => {
    await db.siteSetting.create({ data: { key: "language", value: "nl-NL" } });
    try {
      expect(await render({ q: "retroft" })).toContain(
        'Resultaten voor <strong>retrofit</strong>. In plaats daarvan zoeken naar <a href="/search?q=retroft&amp;verbatim=1"><em>retroft</em></a>',
      );
      expect(await render({ q: "newsletter or dampp" })).toContain("Bedoelde je <a");
    } finally {
      await db.siteSetting.delete({ where: { key: "language" } });
    }
  });

  it("links to the next page with the words and filters kept", async () => {
    const html = await render({ q: "newsletter", type: "BLOG" });
    expect(html).toContain("12 results for “newsletter”");
    expect(html).toContain('href="/search?q=newsletter&amp;type=BLOG&amp;page=2"');
    const second = await render({ q: "newsletter", type: "BLOG", page: "2" });
    expect(second).toContain('href="/search?q=newsletter&amp;type=BLOG"');
    expect(second.match(/class="post-card search-result"/g)).toHaveLength(2);
  });

  it("escapes whatever the reader typed", async () => {
    const html = await render({ q: `<script>alert("x")</script>` });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("speaks Dutch on a Dutch site", async () => {
    await db.siteSetting.create({ data: { key: "language", value: "nl-NL" } });
    try {
      const html = await render({ q: "xyzzy" });
      expect(html).toContain("<h1>Zoeken</h1>");
      expect(html).toContain("Geen artikelen gevonden voor “xyzzy”");
    } finally {
      await db.siteSetting.delete({ where: { key: "language" } });
    }
  });

  it("titles the page after the words and keeps result pages out of search engines", async () => {
    const metadata = await generateMetadata({
      params: Promise.resolve({ lang: "_" }),
      searchParams: Promise.resolve({ q: "damp" }),
    });
    expect(metadata.title).toBe("Search: damp");
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});

describe("a search's cached page (search/[key])", () => {
  const renderKey = async (key: string) =>
    renderToStaticMarkup(
      await CachedSearchPage({ params: Promise.resolve({ lang: "_", key: searchKeySegment(key) }) }),
    );

  it("renders the same page as /search for the same words, filters and page", async () => {
    for (const [key, params] of [
      ["q=damp", { q: "damp" }],
      ["q=newsletter&type=BLOG&page=2", { q: "newsletter", type: "BLOG", page: "2" }],
      ["q=Retroft&type=BLOG&verbatim=1", { q: "Retroft", type: "BLOG", verbatim: "1" }],
    ] as const) {
      expect(await renderKey(key), key).toBe(await render(params));
    }
    const metadata = await cachedMetadata({ params: Promise.resolve({ lang: "_", key: searchKeySegment("q=damp") }) });
    expect(metadata.title).toBe("Search: damp");
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it("is a 404 for a key that is not how /search spells that search, so each search is cached once", async () => {
    for (const key of ["q=damp&page=1", "page=2&q=newsletter", "q=damp&x=1", "none", ""]) {
      await expect(renderKey(key), key).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    // Nor is the key itself, unencoded: the route's segment is base64url.
    await expect(CachedSearchPage({ params: Promise.resolve({ lang: "_", key: "q=damp" }) })).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404/,
    );
  });
});

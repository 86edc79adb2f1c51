import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import SearchPage, { generateMetadata } from "../../app/(site)/search/page";
import { db } from "../../lib/db";
import { daysAgo, makeContributor, makePost, makeSection } from "../helpers/factories";

// The /search page as the server renders it, on a real database.

async function render(params: Record<string, string | string[]>): Promise<string> {
  return renderToStaticMarkup(await SearchPage({ searchParams: Promise.resolve(params) }));
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

  it("offers similar titles for a mistyped word", async () => {
    const html = await render({ q: "retroft" });
    expect(html).toContain("Showing results for similar titles");
    expect(html).toContain("Retrofit diary");
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
    const metadata = await generateMetadata({ searchParams: Promise.resolve({ q: "damp" }) });
    expect(metadata.title).toBe("Search: damp");
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});

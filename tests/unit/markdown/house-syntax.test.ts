import { describe, expect, it } from "vitest";
import { render } from "../../../lib/markdown";

const ARTICLE_URL = "https://example.org/articles/elm-court";
const OPTIONS = { articleUrl: ARTICLE_URL, siteHandle: "@RiversideHomes", hashtag: "UKhousing" };
const QUOTE = "Good homes are built with the people who live in them.";
const SHARELINE = `:::shareline\n${QUOTE}\n:::`;

function hrefs(html: string): URL[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => new URL(href!.replaceAll("&#x26;", "&")));
}

describe("the shareline", () => {
  it("renders the quote in an aside with share links to X and LinkedIn with the article URL", () => {
    const { html } = render(SHARELINE, "article", OPTIONS);
    expect(html).toMatch(
      /^<aside class="shareline"><blockquote>\s*<p>Good homes are built with the people who live in them\.<\/p>\s*<\/blockquote><p class="shareline-share">Share this: <a href="https:\/\/x\.com\/intent\/post\?[^"]+"[^>]*>X<\/a> <a href="https:\/\/www\.linkedin\.com\/feed\/\?[^"]+"[^>]*>LinkedIn<\/a><\/p><\/aside>$/,
    );
    const [x, linkedIn] = hrefs(html);
    const shareText = `\u201C${QUOTE}\u201D via @RiversideHomes #UKhousing`;
    expect(x!.searchParams.get("text")).toBe(shareText);
    expect(x!.searchParams.get("url")).toBe(ARTICLE_URL);
    expect(linkedIn!.searchParams.get("shareActive")).toBe("true");
    expect(linkedIn!.searchParams.get("text")).toBe(`${shareText} ${ARTICLE_URL}`);
  });

  it('gives share links rel="noopener noreferrer" and a label naming the network, even for guest articles', () => {
    const { html } = render(SHARELINE, "article", { ...OPTIONS, trustedAuthor: false });
    expect(html).toContain('rel="noopener noreferrer" aria-label="Share this quote on X"');
    expect(html).toContain('rel="noopener noreferrer" aria-label="Share this quote on LinkedIn"');
    expect(html).not.toContain("nofollow");
    expect(html).not.toContain("target=");
  });

  it("percent-encodes every query value", () => {
    const { html } = render(':::shareline\nRents & repairs: 100% "fair"?\n:::', "article", OPTIONS);
    const [x] = hrefs(html);
    expect(x!.search).not.toMatch(/[ "]/);
    expect(x!.searchParams.get("text")).toBe(
      '\u201CRents & repairs: 100% "fair"?\u201D via @RiversideHomes #UKhousing',
    );
  });

  it('lets one shareline override the hashtag, or drop it with hashtag=""', () => {
    const housing = render(`:::shareline{hashtag="Housing"}\n${QUOTE}\n:::`, "article", OPTIONS);
    expect(hrefs(housing.html)[0]!.searchParams.get("text")).toMatch(/ #Housing$/);
    const none = render(`:::shareline{hashtag=""}\n${QUOTE}\n:::`, "article", OPTIONS);
    expect(hrefs(none.html)[0]!.searchParams.get("text")).toBe(`\u201C${QUOTE}\u201D via @RiversideHomes`);
  });

  it("credits the writers' handles before the site's, each once, dropping what is not a handle", () => {
    const writerHandles = ["@CllrDawnAshworth", "@MillbrookCouncil", "@MillbrookCouncil", "@RiversideHomes", "@"];
    const { html } = render(SHARELINE, "article", { ...OPTIONS, writerHandles });
    expect(hrefs(html)[0]!.searchParams.get("text")).toBe(
      `\u201C${QUOTE}\u201D by @CllrDawnAshworth @MillbrookCouncil via @RiversideHomes #UKhousing`,
    );
  });

  it('leaves out "via" and the hashtag when the site has neither', () => {
    const { html } = render(SHARELINE, "article", { articleUrl: ARTICLE_URL });
    expect(hrefs(html)[0]!.searchParams.get("text")).toBe(`\u201C${QUOTE}\u201D`);
  });

  it("renders only the quote when there is no article URL to share", () => {
    for (const articleUrl of [undefined, "", "javascript:alert(1)", "/relative/path"]) {
      const { html } = render(SHARELINE, "article", { ...OPTIONS, articleUrl });
      expect(html).toContain(`<blockquote>\n<p>${QUOTE}</p>\n</blockquote>`);
      expect(html).not.toContain("shareline-share");
    }
  });

  it("renders nothing for an empty shareline", () => {
    expect(render(":::shareline\n:::", "article", OPTIONS).html).toBe("");
  });

  it("keeps the quote but not the share links in the plain text", () => {
    const { text } = render(SHARELINE, "article", OPTIONS);
    expect(text).toBe(QUOTE);
  });

  it("works any number of times in one article, one after another", () => {
    const body = Array.from({ length: 20 }, (_, i) => `:::shareline\nQuote number ${i}.\n:::`).join("\n\n");
    const { html } = render(body, "article", OPTIONS);
    expect(html.match(/<aside class="shareline">/g)).toHaveLength(20);
  });
});

describe("the figure", () => {
  const FIGURE =
    '::figure[Residents planting the new garden at Elm Court]{src="/images/elm-court-garden.svg" caption="The garden took six weekends to plant." credit="Sam Okafor"}';

  it("renders an image with alt text, lazy loading, caption and credit", () => {
    expect(render(FIGURE, "article").html).toBe(
      '<figure class="figure"><img src="/images/elm-court-garden.svg" alt="Residents planting the new garden at Elm Court" loading="lazy" decoding="async"><figcaption>The garden took six weekends to plant. <span class="credit">Picture: Sam Okafor</span></figcaption></figure>',
    );
  });

  it("accepts https images and leaves out an empty caption", () => {
    expect(render('::figure[A street]{src="https://cdn.example.org/a.jpg"}', "article").html).toBe(
      '<figure class="figure"><img src="https://cdn.example.org/a.jpg" alt="A street" loading="lazy" decoding="async"></figure>',
    );
  });

  it("shows a credit without a caption", () => {
    expect(render('::figure[A]{src="/a.jpg" credit="Sam"}', "article").html).toContain(
      '<figcaption><span class="credit">Picture: Sam</span></figcaption>',
    );
  });

  it("renders a visible note instead of an image without alt text", () => {
    expect(render('::figure{src="/a.png"}', "article").html).toBe(
      '<p class="figure-note">[figure missing alt text]</p>',
    );
    expect(render('::figure[   ]{src="/a.png"}', "article").html).toBe(
      '<p class="figure-note">[figure missing alt text]</p>',
    );
  });

  it("renders a visible note instead of a figure without a source or with a forbidden one", () => {
    expect(render("::figure[Alt]", "article").html).toBe('<p class="figure-note">[figure missing image source]</p>');
    for (const src of ["javascript:alert(1)", "data:image/png;base64,AA", "vbscript:x", "JAVASCRIPT:x"]) {
      expect(render(`::figure[Alt]{src="${src}"}`, "article").html).toBe(
        '<p class="figure-note">[figure image source not allowed]</p>',
      );
    }
  });

  it("ignores every attribute but src, caption and credit", () => {
    const { html } = render('::figure[Alt]{src="/a.png" onerror="alert(1)" style="x" class="evil" #id}', "article");
    expect(html).toBe('<figure class="figure"><img src="/a.png" alt="Alt" loading="lazy" decoding="async"></figure>');
  });

  it("turns a titled image alone in its paragraph into a figure with that caption", () => {
    expect(render('![Volunteers at the opening](/images/opening.jpg "Opening day, May 2025.")', "article").html).toBe(
      '<figure class="figure"><img src="/images/opening.jpg" alt="Volunteers at the opening" loading="lazy" decoding="async"><figcaption>Opening day, May 2025.</figcaption></figure>',
    );
  });

  it("leaves untitled or inline images as lazy images", () => {
    expect(render("![A](/a.jpg)", "article").html).toBe(
      '<p><img src="/a.jpg" alt="A" loading="lazy" decoding="async"></p>',
    );
    expect(render('Look: ![A](/a.jpg "T")', "article").html).toContain('<img src="/a.jpg" alt="A" title="T"');
  });
});

describe("other directives", () => {
  it("keep what the writer typed, so times and ratios survive", () => {
    expect(render("We meet at 10:30, Note:this, ratio 3:1.", "article").html).toBe(
      "<p>We meet at 10:30, Note:this, ratio 3:1.</p>",
    );
  });

  it("render unknown text and leaf directives as their source text", () => {
    expect(render('Say :abbr[HTML]{title="x"} now', "article").html).toBe('<p>Say :abbr[HTML]{title="x"} now</p>');
    expect(render('::video{src="/v.mp4"}', "article").html).toBe('<p>::video{src="/v.mp4"}</p>');
  });

  it("keep the content of an unknown container and drop its fences", () => {
    expect(render(":::note\nKeep *this*.\n:::", "article").html).toBe("<p>Keep <em>this</em>.</p>");
  });
});

import { describe, expect, it } from "vitest";
import { render } from "../../../lib/markdown";

describe("the bio profile", () => {
  it("keeps paragraphs, emphasis, links and lists", () => {
    expect(render("Housing *officer* at [Riverside](https://example.org).\n\n- Repairs\n- Rents", "bio").html).toBe(
      '<p>Housing <em>officer</em> at <a href="https://example.org" rel="noopener noreferrer nofollow ugc">Riverside</a>.</p>\n<ul>\n<li>Repairs</li>\n<li>Rents</li>\n</ul>',
    );
  });

  it("marks external links nofollow ugc even when the author is staff", () => {
    expect(render("[Site](https://example.org)", "bio", { trustedAuthor: true }).html).toContain("nofollow ugc");
  });

  it("turns headings into paragraphs, images into their alt text and tables into lines", () => {
    const { html } = render("# About me\n\n![Portrait of Sam](/sam.jpg)\n\n| a | b |\n|---|---|\n| 1 | 2 |", "bio");
    expect(html).toBe("<p>About me</p>\n<p>Portrait of Sam</p>\n<p>a | b</p>\n<p>1 | 2</p>");
  });

  it("has no images, headings, tables, ids, checkboxes or house syntax", () => {
    const { html } = render('## H\n\n- [x] done\n\n> q\n\n::figure[A]{src="/a.png"}\n\nx[^1]\n\n[^1]: n', "bio");
    expect(html).not.toMatch(/<(?:img|h\d|table|input|blockquote|figure|section|sup)\b|\sid=/);
    expect(html).toContain('::figure[A]{src="/a.png"}');
  });
});

describe("the comment profile", () => {
  it("autolinks bare URLs with nofollow ugc", () => {
    expect(render("See https://example.org/a and www.example.org", "comment").html).toBe(
      '<p>See <a href="https://example.org/a" rel="noopener noreferrer nofollow ugc">https://example.org/a</a> and <a href="http://www.example.org" rel="noopener noreferrer nofollow ugc">www.example.org</a></p>',
    );
  });

  it("keeps every line break the commenter typed", () => {
    expect(render("first line\nsecond line", "comment").html).toBe("<p>first line<br>\nsecond line</p>");
  });

  it("keeps quotes, emphasis and inline code", () => {
    expect(render("> You said\n\n**Yes**, run `npm test`.", "comment").html).toBe(
      "<blockquote>\n<p>You said</p>\n</blockquote>\n<p><strong>Yes</strong>, run <code>npm test</code>.</p>",
    );
  });

  it("has no images, headings, tables, footnotes or lists", () => {
    const { html } = render(
      "# Big\n\n![pic](/a.png)\n\n| a |\n|---|\n| 1 |\n\nx[^1]\n\n[^1]: note\n\n- one\n- two",
      "comment",
    );
    expect(html).toBe(
      "<p>Big</p>\n<p>pic</p>\n<p>a</p>\n<p>1</p>\n<p>x[^1]</p>\n<p>[^1]: note</p>\n<p>- one</p>\n<p>- two</p>",
    );
  });

  it("shows directive syntax as the text that was typed", () => {
    expect(render(':::shareline\nQuote\n:::\n\n::figure[A]{src="/a.png"}', "comment").html).toBe(
      '<p>:::shareline<br>\nQuote<br>\n:::</p>\n<p>::figure[A]{src="/a.png"}</p>',
    );
  });

  it("turns a code block into lines of inline code", () => {
    expect(render("```\nlet a = 1;\nlet b;\n```", "comment").html).toBe(
      "<p><code>let a = 1;</code><br>\n<code>let b;</code></p>",
    );
  });

  it("never lists headings for a table of contents", () => {
    expect(render("# A\n\n## B", "comment").headings).toEqual([]);
    expect(render("# A\n\n## B", "bio").headings).toEqual([]);
  });
});

describe("an unknown profile", () => {
  it("is refused rather than rendered with some default", () => {
    // @ts-expect-error: deliberately wrong at runtime
    expect(() => render("x", "newsletter")).toThrow(TypeError);
  });
});

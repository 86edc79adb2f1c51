import { describe, expect, it } from "vitest";
import { MARKDOWN_RENDER_VERSION, render } from "../../../lib/markdown";

describe("article headings", () => {
  it("get github-style ids and h2/h3 are listed for the table of contents", () => {
    const { html, headings } = render(
      '## Our repairs promise\n\ntext\n\n### What "on time" means\n\n#### Small print',
      "article",
    );
    expect(html).toContain('<h2 id="h-our-repairs-promise">Our repairs promise</h2>');
    expect(html).toContain('<h3 id="h-what-on-time-means">What "on time" means</h3>');
    expect(html).toContain('<h4 id="h-small-print">Small print</h4>');
    expect(headings).toEqual([
      { depth: 2, id: "h-our-repairs-promise", text: "Our repairs promise" },
      { depth: 3, id: "h-what-on-time-means", text: 'What "on time" means' },
    ]);
  });

  it("demote an h1 to h2 because the page title is the only h1, and clamp h5/h6 to h4", () => {
    const { html, headings } = render("# Body title\n\n##### Deep\n\n###### Deeper", "article");
    expect(html).toBe(
      '<h2 id="h-body-title">Body title</h2>\n<h4 id="h-deep">Deep</h4>\n<h4 id="h-deeper">Deeper</h4>',
    );
    expect(headings).toEqual([{ depth: 2, id: "h-body-title", text: "Body title" }]);
    expect(html).not.toContain("<h1");
  });

  it("get unique ids when titles repeat", () => {
    const { headings } = render("## Same\n\n## Same\n\n## Same", "article");
    expect(headings.map((h) => h.id)).toEqual(["h-same", "h-same-1", "h-same-2"]);
  });

  it("all start with h-, so none can clobber a global or an id the page layout uses", () => {
    const cases: [string, string][] = [
      ["\\_\\_proto\\_\\_", "h-__proto__"],
      ["\\_\\_next\\_f", "h-__next_f"],
      ["submit", "h-submit"],
      ["main", "h-main"],
      ["toc-title", "h-toc-title"],
      ["comments", "h-comments"],
      ["2025", "h-2025"],
      ["footnote-label", "h-footnote-label"],
      ["user-content-fn-1", "h-user-content-fn-1"],
    ];
    for (const [title, id] of cases) {
      expect(render(`## ${title}`, "article").headings[0]?.id, title).toBe(id);
    }
  });

  it("leave footnote markers out of the table of contents text", () => {
    const { headings } = render("## Costs[^1]\n\n[^1]: Source.", "article");
    expect(headings).toEqual([{ depth: 2, id: "h-costs1", text: "Costs" }]);
  });
});

describe("article footnotes", () => {
  const { html, headings } = render(
    "Rents rose[^rent] and repairs slowed.[^2]\n\n[^rent]: ONS, 2024.\n[^2]: Our survey.",
    "article",
  );

  it("link each reference to its note and back, with hrefs matching ids", () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id);
    expect(targets).toHaveLength(4);
    for (const target of targets) expect(ids).toContain(target);
    expect(html).toContain(
      '<a href="#user-content-fn-rent" id="user-content-fnref-rent" data-footnote-ref aria-describedby="footnote-label">1</a>',
    );
    expect(html).toContain('<li id="user-content-fn-rent">');
  });

  it("put the notes in a labelled section that the table of contents skips", () => {
    expect(html).toContain(
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>',
    );
    expect(headings).toEqual([]);
  });
});

describe("article GFM", () => {
  it("renders tables with alignment", () => {
    expect(render("| Estate | Homes |\n|:--|--:|\n| Elm Court | 120 |", "article").html).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Estate</th>\n<th align="right">Homes</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">Elm Court</td>\n<td align="right">120</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it("renders task lists with disabled checkboxes", () => {
    expect(render("- [ ] Survey\n- [x] Consult", "article").html).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> Survey</li>\n<li class="task-list-item"><input type="checkbox" checked disabled> Consult</li>\n</ul>',
    );
  });

  it("renders strikethrough, code blocks with a language, quotes and rules", () => {
    const { html } = render("~~old~~ new\n\n```ts\nconst a = 1;\n```\n\n> Said\n\n---", "article");
    expect(html).toBe(
      '<p><del>old</del> new</p>\n<pre><code class="language-ts">const a = 1;\n</code></pre>\n<blockquote>\n<p>Said</p>\n</blockquote>\n<hr>',
    );
  });

  it("drops raw HTML instead of passing it through", () => {
    expect(render('Hello <b onclick="x">bold</b> <span style="color:red">red</span>', "article").html).toBe(
      "<p>Hello bold red</p>",
    );
  });

  it("keeps an ordered list start number", () => {
    expect(render("3. three\n4. four", "article").html).toContain('<ol start="3">');
  });
});

describe("article links", () => {
  const body =
    "[Ext](https://example.org/a) [Proto](//cdn.example.org/x) [Rel](/about) [Mail](mailto:a@example.org) [Tel](tel:+441234) [Anchor](#costs)";

  it('give external links rel="noopener noreferrer" for staff authors', () => {
    const { html } = render(body, "article", { trustedAuthor: true });
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">Ext</a>');
    expect(html).toContain('<a href="//cdn.example.org/x" rel="noopener noreferrer">Proto</a>');
  });

  it("add nofollow ugc to external links for guest authors and by default", () => {
    for (const options of [{ trustedAuthor: false }, {}]) {
      expect(render(body, "article", options).html).toContain(
        '<a href="https://example.org/a" rel="noopener noreferrer nofollow ugc">Ext</a>',
      );
    }
  });

  it("leave relative, mailto, tel and anchor links without rel and never add target", () => {
    const { html } = render(body, "article");
    expect(html).toContain('<a href="/about">Rel</a>');
    expect(html).toContain('<a href="mailto:a@example.org">Mail</a>');
    expect(html).toContain('<a href="tel:+441234">Tel</a>');
    expect(html).toContain('<a href="#costs">Anchor</a>');
    expect(html).not.toContain("target");
  });

  it("lower-case an upper-case scheme instead of dropping the link", () => {
    expect(render("[A](HTTPS://EXAMPLE.ORG/X)", "article").html).toContain('href="https://EXAMPLE.ORG/X"');
  });

  it("turn a link with a forbidden scheme into its plain text", () => {
    expect(render("[click me](javascript:alert(1)) and ![pic](data:image/png;base64,AA)", "article").html).toBe(
      "<p>click me and </p>",
    );
  });
});

describe("article text, word count and reading time", () => {
  it("gives whitespace-collapsed plain text without markup", () => {
    const { text } = render(
      "## Title\n\nOne *two*\nthree.\n\n- four\n- five\n\n| a | b |\n|---|---|\n| six | seven |",
      "article",
    );
    expect(text).toBe("Title One two three. four five a b six seven");
  });

  it("counts words, not punctuation, and reads 230 words a minute, at least one", () => {
    expect(render("One — two, three!", "article").wordCount).toBe(3);
    expect(render("", "article")).toMatchObject({ html: "", text: "", wordCount: 0, readingMinutes: 1 });
    expect(render("word ".repeat(100), "article").readingMinutes).toBe(1);
    expect(render("word ".repeat(460), "article")).toMatchObject({ wordCount: 460, readingMinutes: 2 });
    expect(render("word ".repeat(2000), "article").readingMinutes).toBe(9);
  });

  it("leaves footnote markers and back-links out of the text", () => {
    expect(render("Rents rose.[^1]\n\n[^1]: ONS.", "article").text).toBe("Rents rose. ONS.");
  });
});

describe("the render version", () => {
  it("is a positive integer to store next to rendered HTML", () => {
    expect(Number.isInteger(MARKDOWN_RENDER_VERSION)).toBe(true);
    expect(MARKDOWN_RENDER_VERSION).toBeGreaterThan(0);
  });
});

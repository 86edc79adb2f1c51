import { describe, expect, it } from "vitest";
import { autop } from "../../../lib/imports/wordpress/content/autop";
import { expandShortcodes } from "../../../lib/imports/wordpress/content/shortcodes";
import {
  commentToMarkdown,
  type ConvertContext,
  wordpressToMarkdown,
} from "../../../lib/imports/wordpress/content/to-markdown";

// WordPress content to the house Markdown: the conversion is pure, so each
// construct is pinned here; the fixture export's integration test checks the
// same end to end, through the site's renderer.

const noImages: ConvertContext = { image: () => null, attachment: () => null, attachedImages: () => [] };
const storedImages = { ...noImages, image: (url: string) => `/media/m1/${url.split("/").pop()}` };
const md = (html: string, context = noImages) => wordpressToMarkdown(html, context).markdown;

describe("WordPress's paragraph rules (wpautop)", () => {
  it("make blank lines paragraphs and single newlines line breaks", () => {
    expect(autop("One\ntwo\n\nThree")).toBe("<p>One<br />\ntwo</p>\n<p>Three</p>\n");
  });

  it("leave block elements and preformatted text as they are", () => {
    expect(autop("<ul>\n<li>a</li>\n</ul>\n\nText")).toBe("<ul>\n<li>a</li>\n</ul>\n<p>Text</p>\n");
    expect(autop("<pre>a\n\nb</pre>")).toBe("<pre>a\n\nb</pre>\n");
  });
});

describe("core shortcodes", () => {
  it("make a [caption] a figure with its caption", () => {
    expect(
      expandShortcodes('[caption id="x" width="300"]<img src="/a.jpg" alt="A"> The words[/caption]', noImages),
    ).toBe('<figure><img src="/a.jpg" alt="A"><figcaption>The words</figcaption></figure>');
  });

  it("put an [embed] address alone on its line and leave other bracketed text alone", () => {
    expect(expandShortcodes("[embed]https://vimeo.com/1[/embed]", noImages)).toBe("\n\nhttps://vimeo.com/1\n\n");
    expect(expandShortcodes("He said [sic] and [contact-form]", noImages)).toBe("He said [sic] and [contact-form]");
  });

  it("make a [gallery] a figure for each image it names", () => {
    const context = {
      ...noImages,
      attachment: (id: string) => (id === "7" ? { url: "/u/a.jpg", alt: "A & B", caption: "" } : null),
    };
    expect(expandShortcodes('[gallery ids="7,8"]', context)).toBe(
      '\n\n<figure><img src="/u/a.jpg" alt="A &amp; B"></figure>\n\n',
    );
  });
});

describe("converting a post to Markdown", () => {
  it("keeps headings, lists, emphasis, links and tables", () => {
    expect(md("<h2>Title</h2><ul><li>One</li><li><em>Two</em></li></ul>")).toBe("## Title\n\n- One\n- *Two*");
    expect(md('<p>See <a href="https://example.org">this</a>.</p>')).toBe("See [this](https://example.org).");
    expect(md("<table><tr><th>A</th></tr><tr><td>1</td></tr></table>")).toBe("| A |\n| - |\n| 1 |");
  });

  it("ends a quote with its citation", () => {
    expect(md("<blockquote><p>Words.</p><cite>Someone</cite></blockquote>")).toBe("> Words.\n>\n> — Someone");
  });

  it("makes an image with alt text and a caption a figure, at the address it was stored under", () => {
    const html =
      '<figure><img src="https://old.example/wp-content/uploads/a.jpg" alt="Alt"><figcaption>Cap</figcaption></figure>';
    expect(md(html, storedImages)).toBe('::figure[Alt]{src="/media/m1/a.jpg" caption="Cap"}');
  });

  it("leaves an image that was not brought along as a link to where it was, and reports it", () => {
    const result = wordpressToMarkdown('<p><img src="https://old.example/x.png" alt="Gone"></p>', noImages);
    expect(result.markdown).toBe("[Image: Gone](https://old.example/x.png)");
    expect(result.missingImages).toEqual(["https://old.example/x.png"]);
  });

  it("turns embeds and known video frames into addresses alone on a line, and other frames into links", () => {
    const block =
      '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/M7lc1UVf-VE\n</div></figure>';
    expect(md(block)).toBe("<https://www.youtube.com/watch?v=M7lc1UVf-VE>");
    expect(md('<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE"></iframe>')).toBe(
      "<https://www.youtube.com/watch?v=M7lc1UVf-VE>",
    );
    expect(md('<iframe src="https://maps.example/x" title="Map"></iframe>')).toBe("[Map](https://maps.example/x)");
  });

  it("drops scripts, styles, forms and inline styles, keeping the text around them", () => {
    expect(md('<p style="color:red">Kept</p><script>alert(1)</script><style>p{}</style><form><input></form>')).toBe(
      "Kept",
    );
  });

  it("links an address typed as text, so it is not escaped out of being a link", () => {
    expect(md("Read https://example.org/a today")).toBe("Read <https://example.org/a> today");
  });

  it("takes the text before <!--more--> as the teaser and keeps the whole text", () => {
    const result = wordpressToMarkdown("Opening words.<!--more-->\n\nThe rest.", noImages);
    expect(result).toMatchObject({ markdown: "Opening words.\n\nThe rest.", teaser: "Opening words." });
  });

  it("does not let house syntax typed in WordPress become a directive", () => {
    expect(md("<p>::figure[x]{src=/a.jpg}</p>")).not.toMatch(/^::figure/);
  });
});

describe("converting a comment", () => {
  it("keeps its line breaks, emphasis and links", () => {
    expect(commentToMarkdown("Hello\nthere <em>you</em> <a href='https://a.example'>a</a>")).toBe(
      "Hello\\\nthere *you* [a](https://a.example)",
    );
  });
});

import { describe, expect, it } from "vitest";
import { absolutizeHtml, imageType } from "../../../lib/feeds/html";
import { escapeXml } from "../../../lib/xml";

const SITE = "https://a.example/news";
const PAGE = "https://a.example/news/articles/x";

describe("absolutizeHtml", () => {
  it("makes root-relative links and images absolute and anchors point into the article", () => {
    expect(absolutizeHtml('<a href="/tags/damp">d</a><img src="/i.png" alt="">', SITE, PAGE)).toBe(
      '<a href="https://a.example/news/tags/damp">d</a><img src="https://a.example/news/i.png" alt="">',
    );
    expect(absolutizeHtml('<a href="#fn-1">1</a>', SITE, PAGE)).toBe(`<a href="${PAGE}#fn-1">1</a>`);
  });

  it("leaves absolute, protocol-relative and mailto links and text that merely looks like an attribute alone", () => {
    const html =
      '<a href="https://b.example/">b</a><a href="//c.example/x">c</a><a href="mailto:x@y.z">m</a>' +
      '<pre><code>&lt;a href="/x"> src="/y"</code></pre>';
    expect(absolutizeHtml(html, SITE, PAGE)).toBe(html);
  });

  it("finds the link in a tag whose other attributes contain quotes or angle brackets", () => {
    expect(absolutizeHtml('<a title="a > b &quot;c&quot;" href="/x">x</a>', SITE, PAGE)).toBe(
      '<a title="a > b &quot;c&quot;" href="https://a.example/news/x">x</a>',
    );
  });
});

describe("imageType", () => {
  it("knows the common image types and admits when it doesn't", () => {
    expect(imageType("https://a.example/i.JPG")).toBe("image/jpeg");
    expect(imageType("/images/a.svg?v=2")).toBe("image/svg+xml");
    expect(imageType("/images/a.webp")).toBe("image/webp");
    expect(imageType("/images/photo")).toBeNull();
    expect(imageType("/images/a.tiff")).toBeNull();
  });
});

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFFe\uD800f\tg\n")).toBe("abcdef\tg\n");
    expect(escapeXml("emoji 😀 ok")).toBe("emoji 😀 ok");
  });
});

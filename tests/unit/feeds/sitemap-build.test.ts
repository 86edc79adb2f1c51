import { describe, expect, it } from "vitest";
import { pageCount, renderSitemapIndex, renderUrlset } from "../../../lib/sitemap/build";
import { parseXml } from "./fixtures";

describe("sitemap XML", () => {
  it("lists URLs with their last modification date when known", () => {
    const xml = parseXml(
      renderUrlset([
        { loc: "https://a.example/", lastModified: new Date("2024-01-02T03:04:05Z") },
        { loc: "https://a.example/tags/a&b" },
      ]),
    );
    expect(xml.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(xml.urlset.url).toEqual([
      { loc: "https://a.example/", lastmod: "2024-01-02T03:04:05.000Z" },
      { loc: "https://a.example/tags/a&b" },
    ]);
  });

  it("writes an index of sitemaps", () => {
    const xml = parseXml(renderSitemapIndex([{ loc: "https://a.example/sitemaps/posts-1.xml" }]));
    expect(xml.sitemapindex.sitemap).toEqual([{ loc: "https://a.example/sitemaps/posts-1.xml" }]);
  });

  it("needs one page per started pageful of URLs", () => {
    expect([0, 1, 5000, 5001, 100_000].map((n) => pageCount(n, 5000))).toEqual([0, 1, 1, 2, 20]);
  });
});

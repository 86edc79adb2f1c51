import { describe, expect, it } from "vitest";
import { cachedSearchUrl, isCachedSearchPath } from "../../lib/search/address";
import { parseSearchKey, searchKey } from "../../lib/search/schema";

// /search?q=… is served by search/[key], one cached page per search: every
// spelling of the same search must land on the same key, and only that key
// may render.

describe("a search's cache key", () => {
  it("is the canonical query string, filters in a fixed order and page 1 left out", () => {
    expect(searchKey({ q: "damp homes", page: 1 })).toBe("q=damp+homes");
    expect(searchKey({ q: "damp", page: 3, type: "OPINION", section: "homes", verbatim: true })).toBe(
      "q=damp&section=homes&type=OPINION&verbatim=1&page=3",
    );
  });

  it("reads back as the search it names", () => {
    const query = { q: "“fire doors” -winter", page: 2, contributor: "sam-writer" };
    expect(parseSearchKey(searchKey(query))).toEqual(query);
  });

  it("is refused in any other spelling, and without words", () => {
    for (const key of ["q=damp&page=1", "page=2&q=damp", "q=damp+", "q=damp&utm_source=x", "q=%20damp", "", "page=2"]) {
      expect(parseSearchKey(key), key).toBeNull();
    }
  });
});

describe("a search's address as it arrives", () => {
  it("goes to the cached route under the interface it names, with one key per search", () => {
    expect(cachedSearchUrl("/search?q=damp")).toBe("/_/search/q%3Ddamp");
    expect(cachedSearchUrl("/nl/search?q=damp")).toBe("/nl/search/q%3Ddamp");
    for (const url of ["/search?page=1&q=++damp", "/search?q=damp&utm_source=feed", "/search?q=damp&q=mould"]) {
      expect(cachedSearchUrl(url), url).toBe("/_/search/q%3Ddamp");
    }
    expect(cachedSearchUrl("/search?type=NEWS&q=100%25+damp&page=2")).toBe(
      `/_/search/${encodeURIComponent("q=100%25+damp&type=NEWS&page=2")}`,
    );
  });

  it("leaves the empty form, other pages and other paths alone", () => {
    for (const url of [
      "/search",
      "/search?",
      "/search?q=",
      "/search?q=+&type=NEWS",
      "/searches?q=x",
      "/articles/search?q=x",
    ]) {
      expect(cachedSearchUrl(url), url).toBeNull();
    }
    expect(cachedSearchUrl("/xx/search?q=damp")).toBeNull();
    expect(cachedSearchUrl("/search/q%3Ddamp?q=x")).toBeNull();
  });

  it("names the page-cache keys that stay in memory", () => {
    expect(isCachedSearchPath("/_/search/q%3Ddamp")).toBe(true);
    expect(isCachedSearchPath("/nl/search/q%3Ddamp")).toBe(true);
    expect(isCachedSearchPath("/route-cache/APP_PAGE/abc/$/_/search/q%3Ddamp")).toBe(true);
    for (const key of ["/_/search", "/_/articles/search-tips", "/_/tags/search", "/_/sections/homes/page/2"]) {
      expect(isCachedSearchPath(key), key).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import { cachedSearchUrl, isCachedSearchPath } from "../../lib/search/address";
import { searchKeyFromSegment, searchKeySegment } from "../../lib/search/route-key";
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
    const damp = searchKeySegment("q=damp");
    expect(cachedSearchUrl("/search?q=damp")).toBe(`/_/search/${damp}`);
    expect(cachedSearchUrl("/nl/search?q=damp")).toBe(`/nl/search/${damp}`);
    for (const url of ["/search?page=1&q=++damp", "/search?q=damp&utm_source=feed", "/search?q=damp&q=mould"]) {
      expect(cachedSearchUrl(url), url).toBe(`/_/search/${damp}`);
    }
    expect(cachedSearchUrl("/search?type=NEWS&q=24%2F7+%25+v%C3%B3%C3%B3r&page=2")).toBe(
      `/_/search/${searchKeySegment("q=24%2F7+%25+v%C3%B3%C3%B3r&type=NEWS&page=2")}`,
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
    expect(cachedSearchUrl("/search/cT1kYW1w?q=x")).toBeNull();
  });

  it("travels as one path segment of letters, digits, - and _ that reads back exactly", () => {
    for (const key of ["q=damp", "q=24%2F7+%25+v%C3%B3%C3%B3r&type=NEWS&page=2", "q=%3F%3F%3F%3E%3E%3E"]) {
      const segment = searchKeySegment(key);
      expect(segment, key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(searchKeyFromSegment(segment)).toBe(key);
    }
  });

  it("reads no key from a segment spelt any other way", () => {
    const segment = searchKeySegment("q=damp");
    for (const other of [`${segment}==`, `${segment}=`, "q=damp", "q%3Ddamp", "cT1kYW1", "not base64!"]) {
      expect(searchKeyFromSegment(other), other).toBeNull();
    }
  });

  it("names the page-cache keys that stay in memory", () => {
    expect(isCachedSearchPath("/_/search/cT1kYW1w")).toBe(true);
    expect(isCachedSearchPath("/nl/search/cT1kYW1w")).toBe(true);
    expect(isCachedSearchPath("/route-cache/APP_PAGE/abc/$/_/search/cT1kYW1w")).toBe(true);
    for (const key of ["/_/search", "/_/articles/search-tips", "/_/tags/search", "/_/sections/homes/page/2"]) {
      expect(isCachedSearchPath(key), key).toBe(false);
    }
  });
});

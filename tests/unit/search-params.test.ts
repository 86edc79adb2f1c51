import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, normalizeQuery, parseSearchParams, searchHref } from "../../lib/search/schema";

describe("search parameters", () => {
  it("an empty query string means no search, page 1 and no filters", () => {
    expect(parseSearchParams({})).toEqual({ q: "", page: 1 });
  });

  it("keeps valid filters and a page number", () => {
    expect(
      parseSearchParams({
        q: " damp  homes ",
        page: "3",
        section: "news-and-views",
        type: "OPINION",
        contributor: "sam-writer",
      }),
    ).toEqual({ q: "damp homes", page: 3, section: "news-and-views", type: "OPINION", contributor: "sam-writer" });
  });

  it("drops filters and page numbers that make no sense instead of failing", () => {
    expect(parseSearchParams({ q: "x", page: "-2", section: "../etc", type: "SECRET", contributor: "" })).toEqual({
      q: "x",
      page: 1,
    });
    expect(parseSearchParams({ q: "x", page: "abc", type: "blog" })).toEqual({ q: "x", page: 1 });
    expect(parseSearchParams({ q: "x", page: "99999999" }).page).toBe(1);
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseSearchParams({ q: ["first", "second"], page: ["2", "5"] })).toEqual({ q: "first", page: 2 });
  });

  it("caps a 10 KB query at 200 characters", () => {
    const q = parseSearchParams({ q: "damp ".repeat(2048) }).q;
    expect(Array.from(q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.startsWith("damp damp")).toBe(true);
  });

  it("removes NUL bytes and other control characters, and lone surrogates", () => {
    expect(normalizeQuery("da\u0000mp\u0002\u0003 \u0007x")).toBe("da mp x");
    expect(normalizeQuery("a\uD800b\uDC00c")).toBe("abc");
  });

  it("never cuts a character in half", () => {
    const q = normalizeQuery("😀".repeat(300));
    expect(Array.from(q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(q).toBe("😀".repeat(MAX_QUERY_LENGTH));
  });

  it("keeps operators, quotes and unicode for the database to interpret", () => {
    expect(normalizeQuery(`&|!():* "huurders" -damp`)).toBe(`&|!():* "huurders" -damp`);
    expect(normalizeQuery("café ﬁx Ὀδυσσεύς")).toBe("café ﬁx Ὀδυσσεύς");
  });
});

describe("search URLs", () => {
  it("page 1 is the bare search, later pages add page last", () => {
    expect(searchHref({ q: "damp" })).toBe("/search?q=damp");
    expect(searchHref({ q: "damp", type: "NEWS", section: "homes", contributor: "sam" }, 2)).toBe(
      "/search?q=damp&section=homes&type=NEWS&contributor=sam&page=2",
    );
    expect(searchHref({ q: "" })).toBe("/search");
  });

  it("the words searched as typed stay so on every page, and only verbatim=1 asks for it", () => {
    expect(searchHref({ q: "Lviing", verbatim: true }, 2)).toBe("/search?q=Lviing&verbatim=1&page=2");
    expect(parseSearchParams({ q: "Lviing", verbatim: "1" })).toEqual({ q: "Lviing", page: 1, verbatim: true });
    for (const verbatim of ["0", "true", "", ["2", "1"]]) {
      expect(parseSearchParams({ q: "Lviing", verbatim })).toEqual({ q: "Lviing", page: 1 });
    }
  });

  it("encodes the words", () => {
    expect(searchHref({ q: `a&b "c" ü` }, 3)).toBe("/search?q=a%26b+%22c%22+%C3%BC&page=3");
  });
});

import { describe, expect, it } from "vitest";
import { parsePostsListParams, postsListHref } from "../../../lib/posts/admin-list-params";

describe("the admin posts list's query string", () => {
  it("means every post, newest change first, page 1 when empty", () => {
    expect(parsePostsListParams({})).toEqual({ q: "", sort: "updated", page: 1 });
  });

  it("keeps valid filters, search, sort and page", () => {
    expect(
      parsePostsListParams({
        q: "  damp   homes ",
        status: "IN_REVIEW",
        type: "OPINION",
        section: "cksec123",
        contributor: "ckcon456",
        sort: "title",
        page: "3",
      }),
    ).toEqual({
      q: "damp homes",
      status: "IN_REVIEW",
      type: "OPINION",
      section: "cksec123",
      contributor: "ckcon456",
      sort: "title",
      page: 3,
    });
  });

  it("drops values that make no sense instead of failing", () => {
    expect(
      parsePostsListParams({ status: "DELETED", type: "blog", section: "'; drop table", sort: "random", page: "-1" }),
    ).toEqual({ q: "", sort: "updated", page: 1 });
  });

  it("takes the first of repeated parameters and caps a long search", () => {
    const query = parsePostsListParams({ q: ["first", "second"], status: ["DRAFT", "PUBLISHED"] });
    expect(query).toMatchObject({ q: "first", status: "DRAFT" });
    expect(parsePostsListParams({ q: "x".repeat(5000) }).q).toHaveLength(200);
  });

  it("builds stable links that leave defaults out", () => {
    expect(postsListHref({ q: "", sort: "updated", page: 1 })).toBe("/admin/posts");
    expect(postsListHref({ q: "rent & repairs", status: "DRAFT", sort: "title", page: 1 }, 2)).toBe(
      "/admin/posts?q=rent+%26+repairs&status=DRAFT&sort=title&page=2",
    );
  });
});

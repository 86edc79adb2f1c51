import { describe, expect, it } from "vitest";
import { adminPageForPath } from "../../../lib/auth/admin-pages";

// The request gate finds the page-table entry for a real address, so it can
// answer 403 before rendering; an address no entry covers is left alone.

describe("finding the admin page a path opens", () => {
  it.each([
    ["/admin", "/admin"],
    ["/admin/", "/admin"],
    ["/admin/users", "/admin/users"],
    ["/admin/posts/clx123", "/admin/posts/[id]"],
    ["/admin/posts/clx123/revisions", "/admin/posts/[id]/revisions"],
    ["/admin/contributors/new", "/admin/contributors/new"],
    ["/admin/contributors/abc", "/admin/contributors/[id]"],
  ])("%s is the page %s", (path, page) => {
    expect(adminPageForPath(path)).toBe(page);
  });

  it.each(["/admin/nothing-here", "/admin/posts/a/b/c", "/administrator", "/admin/users/extra"])(
    "%s is no admin page",
    (path) => {
      expect(adminPageForPath(path)).toBeNull();
    },
  );
});

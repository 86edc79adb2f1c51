import { describe, expect, it } from "vitest";
import type { Role, Viewer } from "../../../lib/auth/permissions";
import { activeNavHref, adminNavFor } from "../../../lib/auth/admin-pages";

const viewer = (role: Role): Viewer => ({ id: "u1", email: "x@example.test", name: "X", role, contributorId: null, banned: false });
const labels = (role: Role) => adminNavFor(viewer(role)).map((i) => i.label);

describe("the admin navigation", () => {
  it("shows an admin every section", () => {
    expect(labels("ADMIN")).toEqual(["Dashboard", "Posts", "Media", "Comments", "Sections", "Tags", "Series", "Contributors", "Users", "Audit log", "Settings"]);
  });

  it("shows an editor the newsroom but not users, audit or settings", () => {
    expect(labels("EDITOR")).toEqual(["Dashboard", "Posts", "Media", "Sections", "Tags", "Series", "Contributors"]);
  });

  it("shows an author their posts and media only", () => {
    expect(labels("AUTHOR")).toEqual(["Dashboard", "Posts", "Media"]);
  });

  it("shows a moderator the dashboard and comments, and a reader or nobody nothing", () => {
    expect(labels("MODERATOR")).toEqual(["Dashboard", "Comments"]);
    expect(labels("READER")).toEqual([]);
    expect(adminNavFor(null)).toEqual([]);
  });

  it("marks the most specific section of a path as current", () => {
    const items = adminNavFor(viewer("ADMIN"));
    expect(activeNavHref(items, "/admin")).toBe("/admin");
    expect(activeNavHref(items, "/admin/posts/abc/revisions")).toBe("/admin/posts");
    expect(activeNavHref(items, "/admin/postsx")).toBe("/admin");
  });
});

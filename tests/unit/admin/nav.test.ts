import { describe, expect, it } from "vitest";
import type { Role, Viewer } from "../../../lib/auth/permissions";
import { activeNavHref, adminNavFor, adminPageRefusal } from "../../../lib/auth/admin-pages";

const viewer = (role: Role): Viewer => ({
  id: "u1",
  email: "x@example.test",
  name: "X",
  role,
  contributorId: null,
  banned: false,
});
const labels = (role: Role) => adminNavFor(viewer(role)).map((i) => i.label);

describe("the admin navigation", () => {
  it("shows an admin every section", () => {
    expect(labels("ADMIN")).toEqual([
      "Dashboard",
      "Posts",
      "Pages",
      "Media",
      "Comments",
      "Sections",
      "Tags",
      "Series",
      "Contributors",
      "Users",
      "Audit log",
      "Menus",
      "Settings",
      "Branding",
      "API keys",
      "Webhooks",
      "Import",
      "Sign-in security",
    ]);
  });

  it("shows an editor the newsroom but not users, audit or settings", () => {
    expect(labels("EDITOR")).toEqual([
      "Dashboard",
      "Posts",
      "Pages",
      "Media",
      "Sections",
      "Tags",
      "Series",
      "Contributors",
      "Sign-in security",
    ]);
  });

  it("shows an author their posts and media only", () => {
    expect(labels("AUTHOR")).toEqual(["Dashboard", "Posts", "Pages", "Media", "Sign-in security"]);
  });

  it("shows a moderator the dashboard and comments, and a reader or nobody nothing", () => {
    expect(labels("MODERATOR")).toEqual(["Dashboard", "Comments", "Sign-in security"]);
    expect(labels("READER")).toEqual([]);
    expect(adminNavFor(null)).toEqual([]);
  });

  it("marks the most specific section of a path as current", () => {
    const items = adminNavFor(viewer("ADMIN"));
    expect(activeNavHref(items, "/admin")).toBe("/admin");
    expect(activeNavHref(items, "/admin/posts/abc/revisions")).toBe("/admin/posts");
    expect(activeNavHref(items, "/admin/postsx")).toBe("/admin");
  });

  it("links an author with a contributor profile to that profile, which its page lets them open", () => {
    const author = { ...viewer("AUTHOR"), contributorId: "c 1" };
    expect(adminNavFor(author)).toContainEqual({ href: "/admin/contributors/c%201", label: "Your profile" });
    expect(adminNavFor(author).map((i) => i.label)).toEqual([
      "Dashboard",
      "Posts",
      "Pages",
      "Media",
      "Your profile",
      "Sign-in security",
    ]);
    expect(adminPageRefusal(author, "/admin/contributors/[id]")).toBeNull();
    expect(activeNavHref(adminNavFor(author), "/admin/contributors/c%201")).toBe("/admin/contributors/c%201");
  });

  it("keeps the list of contributors for those who manage them, linked profile or not", () => {
    const editor = { ...viewer("EDITOR"), contributorId: "c1" };
    expect(adminNavFor(editor).filter((i) => i.href.startsWith("/admin/contributors"))).toEqual([
      { href: "/admin/contributors", label: "Contributors" },
    ]);
  });

  it("opens each page in the navigation to whoever sees it there, and turns the rest away with a reason", () => {
    for (const role of ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"] as const) {
      for (const item of adminNavFor(viewer(role)))
        expect(adminPageRefusal(viewer(role), item.href as "/admin")).toBeNull();
    }
    expect(adminPageRefusal(viewer("AUTHOR"), "/admin/series")).toBe("manage series");
    expect(adminPageRefusal(viewer("READER"), "/admin")).toBe("use the admin area");
    expect(adminPageRefusal(null, "/admin/posts/[id]")).toBe("edit posts");
  });
});

describe("an account that must set up two-factor sign-in first", () => {
  const unenrolled: Viewer = { ...viewer("ADMIN"), mustEnrolTwoFactor: true };

  it("sees only the sign-in security page in the navigation", () => {
    expect(adminNavFor(unenrolled)).toEqual([{ href: "/admin/account/security", label: "Sign-in security" }]);
  });

  it("is turned away from every other admin page", () => {
    expect(adminPageRefusal(unenrolled, "/admin/settings")).not.toBeNull();
    expect(adminPageRefusal(unenrolled, "/admin/account/security")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { Role, Viewer } from "../../lib/auth/permissions";
import { ownedPostsWhere, ownsPost } from "../../lib/posts/ownership";
import { readablePostsWhere } from "../../lib/posts/read-scope";

const viewer = (role: Role, contributorId: string | null = null): Viewer => ({
  id: "u1",
  email: "u1@example.test",
  name: null,
  role,
  contributorId,
  banned: false,
});

// The agreement of predicate and filter on real rows is tests/integration/post-ownership.test.ts.
describe("post ownership", () => {
  it("belongs to whoever created the post or is on its byline", () => {
    expect(ownsPost(viewer("AUTHOR"), { createdById: "u1" })).toBe(true);
    expect(ownsPost(viewer("AUTHOR", "c1"), { createdById: "u2", contributorIds: ["c2", "c1"] })).toBe(true);
    expect(ownsPost(viewer("AUTHOR", "c1"), { createdById: "u2", contributorIds: ["c2"] })).toBe(false);
    expect(ownsPost(viewer("AUTHOR"), { createdById: null, contributorIds: [] })).toBe(false);
  });

  it("filters on the creator, and on the byline only for an account with a contributor profile", () => {
    expect(ownedPostsWhere(viewer("AUTHOR"))).toEqual({ OR: [{ createdById: "u1" }] });
    expect(ownedPostsWhere(viewer("AUTHOR", "c1"))).toEqual({
      OR: [{ createdById: "u1" }, { bylines: { some: { contributorId: "c1" } } }],
    });
  });

  it("scopes lists to every post for editors and admins, to their own for authors, to none for the others", () => {
    expect(readablePostsWhere(viewer("ADMIN"))).toEqual({});
    expect(readablePostsWhere(viewer("EDITOR", "c1"))).toEqual({});
    expect(readablePostsWhere(viewer("AUTHOR", "c1"))).toEqual(ownedPostsWhere(viewer("AUTHOR", "c1")));
    expect(readablePostsWhere(viewer("MODERATOR"))).toEqual({ id: { in: [] } });
    expect(readablePostsWhere(null)).toEqual({ id: { in: [] } });
  });
});

import { describe, expect, it } from "vitest";
import { ACTIONS, authorize, can, type Role, type Viewer } from "../../lib/auth/permissions";
import { Forbidden, Unauthenticated } from "../../lib/errors";

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  id: `${role}-id`, email: `${role}@example.test`, name: role, role, contributorId: null, banned: false, ...extra,
});

const ROLES: Role[] = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR", "READER"];

// The role-level matrix, written out in full: which roles may attempt each action at all.
const MATRIX: Record<(typeof ACTIONS)[number], Role[]> = {
  "admin:access": ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"],
  "post:create": ["ADMIN", "EDITOR", "AUTHOR"],
  "post:read": ["ADMIN", "EDITOR", "AUTHOR"],
  "post:update": ["ADMIN", "EDITOR", "AUTHOR"],
  "post:delete": ["ADMIN", "EDITOR", "AUTHOR"],
  "post:submit": ["ADMIN", "EDITOR", "AUTHOR"],
  "post:review": ["ADMIN", "EDITOR"],
  "post:publish": ["ADMIN", "EDITOR"],
  "post:schedule": ["ADMIN", "EDITOR"],
  "post:unpublish": ["ADMIN", "EDITOR"],
  "post:archive": ["ADMIN", "EDITOR"],
  "post:preview-link": ["ADMIN", "EDITOR", "AUTHOR"],
  "taxonomy:manage": ["ADMIN", "EDITOR"],
  "contributor:create": ["ADMIN", "EDITOR", "AUTHOR"],
  "contributor:manage": ["ADMIN", "EDITOR"],
  "contributor:update": ["ADMIN", "EDITOR", "AUTHOR"],
  "media:upload": ["ADMIN", "EDITOR", "AUTHOR"],
  "media:read": ["ADMIN", "EDITOR", "AUTHOR"],
  "media:update": ["ADMIN", "EDITOR", "AUTHOR"],
  "media:delete": ["ADMIN", "EDITOR", "AUTHOR"],
  "comment:moderate": ["ADMIN", "MODERATOR"],
  "comment:create": ROLES,
  "comment:edit-own": ROLES,
  "comment:delete-own": ROLES,
  "comment:report": ROLES,
  "user:manage": ["ADMIN"],
  "settings:update": ["ADMIN"],
  "audit:read": ["ADMIN"],
};

describe("the permission matrix", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = MATRIX[action].includes(role);
      it(`${allowed ? "lets" : "refuses"} ${role} ${action}`, () => {
        expect(can(viewer(role), action)).toBe(allowed);
      });
    }
  }

  it("refuses every action to anonymous visitors", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it("lets an author edit their own draft but not someone else's, nor their own once submitted", () => {
    const author = viewer("AUTHOR");
    expect(can(author, "post:update", { createdById: author.id, status: "DRAFT" })).toBe(true);
    expect(can(author, "post:update", { createdById: "someone-else", status: "DRAFT" })).toBe(false);
    expect(can(author, "post:update", { createdById: author.id, status: "IN_REVIEW" })).toBe(false);
  });

  it("counts a byline as ownership for an author with a contributor profile", () => {
    const author = viewer("AUTHOR", { contributorId: "c1" });
    expect(can(author, "post:read", { createdById: "someone-else", status: "PUBLISHED", contributorIds: ["c1"] })).toBe(true);
    expect(can(author, "post:read", { createdById: "someone-else", status: "PUBLISHED", contributorIds: ["c2"] })).toBe(false);
  });

  it("lets editors act on any post", () => {
    expect(can(viewer("EDITOR"), "post:update", { createdById: "someone-else", status: "IN_REVIEW" })).toBe(true);
  });

  it("keeps everyone, admins included, to their own comments on the reader's path", () => {
    const comment = { authorId: "reader-1", status: "PENDING" as const };
    expect(can(viewer("READER", { id: "reader-1" }), "comment:edit-own", comment)).toBe(true);
    expect(can(viewer("ADMIN"), "comment:edit-own", comment)).toBe(false);
    expect(can(viewer("READER", { id: "reader-1" }), "comment:edit-own", { ...comment, status: "APPROVED" })).toBe(false);
  });

  it("stops a banned reader from commenting and reporting", () => {
    expect(can(viewer("READER", { banned: true }), "comment:create")).toBe(false);
    expect(can(viewer("READER", { banned: true }), "comment:report")).toBe(false);
    expect(can(viewer("READER"), "comment:create")).toBe(true);
  });

  it("throws Unauthenticated for nobody and Forbidden for the wrong role", () => {
    expect(() => authorize(null, "post:create")).toThrow(Unauthenticated);
    expect(() => authorize(viewer("MODERATOR"), "post:create")).toThrow(Forbidden);
    expect(authorize(viewer("AUTHOR"), "post:create").role).toBe("AUTHOR");
  });
});

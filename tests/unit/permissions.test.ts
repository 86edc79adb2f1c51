import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  authorize,
  authorizeAttempt,
  can,
  mayActOnAny,
  mayAttempt,
  rolesAllowed,
  type Role,
  type Viewer,
} from "../../lib/auth/permissions";
import { Forbidden, Unauthenticated } from "../../lib/errors";

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  id: `${role}-id`,
  email: `${role}@example.test`,
  name: role,
  role,
  contributorId: null,
  banned: false,
  ...extra,
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
  "post:note": ["ADMIN", "EDITOR", "AUTHOR"],
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
  "site:export": ["ADMIN"],
  "menu:update": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "content-api:manage": ["ADMIN"],
  "admin-api:manage": ["ADMIN"],
  "webhooks:manage": ["ADMIN"],
  "site:import": ["ADMIN"],
  "account:security": ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"],
};

describe("the permission matrix", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = MATRIX[action].includes(role);
      it(`${allowed ? "lets" : "refuses"} ${role} ${action}`, () => {
        expect(mayAttempt(viewer(role), action)).toBe(allowed);
      });
    }
  }

  it("refuses every action to anonymous visitors", () => {
    for (const action of ACTIONS) expect(mayAttempt(null, action)).toBe(false);
  });

  it("lets an author edit their own draft but not someone else's, nor their own once submitted", () => {
    const author = viewer("AUTHOR");
    expect(can(author, "post:update", { createdById: author.id, status: "DRAFT" })).toBe(true);
    expect(can(author, "post:update", { createdById: "someone-else", status: "DRAFT" })).toBe(false);
    expect(can(author, "post:update", { createdById: author.id, status: "IN_REVIEW" })).toBe(false);
  });

  it("counts a byline as ownership for an author with a contributor profile", () => {
    const author = viewer("AUTHOR", { contributorId: "c1" });
    expect(can(author, "post:read", { createdById: "someone-else", status: "PUBLISHED", contributorIds: ["c1"] })).toBe(
      true,
    );
    expect(can(author, "post:read", { createdById: "someone-else", status: "PUBLISHED", contributorIds: ["c2"] })).toBe(
      false,
    );
  });

  it("lets editors act on any post", () => {
    expect(can(viewer("EDITOR"), "post:update", { createdById: "someone-else", status: "IN_REVIEW" })).toBe(true);
  });

  it("keeps everyone, admins included, to their own comments on the reader's path", () => {
    const comment = { authorId: "reader-1", status: "PENDING" as const };
    expect(can(viewer("READER", { id: "reader-1" }), "comment:edit-own", comment)).toBe(true);
    expect(can(viewer("ADMIN"), "comment:edit-own", comment)).toBe(false);
    expect(can(viewer("READER", { id: "reader-1" }), "comment:edit-own", { ...comment, status: "APPROVED" })).toBe(
      false,
    );
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

  it("answers rules that ignore the record without one, as the role allows", () => {
    for (const role of ROLES) {
      expect(can(viewer(role), "post:publish")).toBe(MATRIX["post:publish"].includes(role));
      expect(can(viewer(role), "settings:update")).toBe(MATRIX["settings:update"].includes(role));
    }
  });

  it("refuses a rule that looks at the record when asked without one (a type error too)", () => {
    // @ts-expect-error -- post:update looks at the post: the subject is required
    expect(can(viewer("AUTHOR"), "post:update")).toBe(false);
    // @ts-expect-error -- contributor:update looks at the profile
    expect(() => authorize(viewer("AUTHOR"), "contributor:update")).toThrow(Forbidden);
  });

  it("lets roles that act on any record pass a record rule whatever the record", () => {
    const someoneElses = { createdById: "someone-else", status: "DRAFT" as const };
    expect(can(viewer("ADMIN"), "post:delete", someoneElses)).toBe(true);
    expect(can(viewer("AUTHOR"), "post:delete", someoneElses)).toBe(false);
  });

  it("keeps a banned reader from even attempting to comment, but lets them try to delete their own", () => {
    const banned = viewer("READER", { banned: true });
    expect(mayAttempt(banned, "comment:create")).toBe(false);
    expect(mayAttempt(banned, "comment:report")).toBe(false);
    expect(mayAttempt(banned, "comment:delete-own")).toBe(true);
  });

  it("says who may act on every record of a kind: editors and admins read any post, nobody edits others' comments", () => {
    const anyPost = ROLES.filter((role) => mayActOnAny(viewer(role), "post:read"));
    expect(anyPost).toEqual(["ADMIN", "EDITOR"]);
    expect(ROLES.filter((role) => mayActOnAny(viewer(role), "comment:edit-own"))).toEqual([]);
    expect(ROLES.filter((role) => mayActOnAny(viewer(role), "taxonomy:manage"))).toEqual(["ADMIN", "EDITOR"]);
    expect(mayActOnAny(null, "post:read")).toBe(false);
  });

  it("names the roles allowed an action, for mail recipients", () => {
    for (const action of ACTIONS) expect([...rolesAllowed(action)].sort()).toEqual([...MATRIX[action]].sort());
    expect(rolesAllowed("post:review")).toEqual(["ADMIN", "EDITOR"]);
    expect(rolesAllowed("comment:moderate")).toEqual(["ADMIN", "MODERATOR"]);
  });

  it("throws Unauthenticated or Forbidden from the role-only check as well", () => {
    expect(() => authorizeAttempt(null, "post:update")).toThrow(Unauthenticated);
    expect(() => authorizeAttempt(viewer("MODERATOR"), "post:update")).toThrow(Forbidden);
    expect(authorizeAttempt(viewer("AUTHOR"), "post:update").role).toBe("AUTHOR");
  });
});

describe("an account the site requires to set up two-factor sign-in", () => {
  const unenrolled = viewer("ADMIN", { mustEnrolTwoFactor: true });

  it("may set up its own two-factor sign-in", () => {
    expect(mayAttempt(unenrolled, "account:security")).toBe(true);
  });

  it("may attempt nothing else, not even opening the admin area", () => {
    for (const action of ACTIONS.filter((a) => a !== "account:security")) {
      expect(mayAttempt(unenrolled, action), action).toBe(false);
    }
  });

  it("is told why an action is refused", () => {
    expect(() => authorizeAttempt(unenrolled, "settings:update")).toThrow(/two-factor/);
  });
});

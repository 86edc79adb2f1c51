import { describe, expect, it } from "vitest";
import type { PostSubject, Role, Viewer } from "../../lib/auth/permissions";
import { Forbidden, Unauthenticated, ValidationError } from "../../lib/errors";
import {
  assertTransition,
  canTransition,
  nextStatus,
  type PostStatus,
  type Transition,
  TRANSITIONS,
} from "../../lib/posts/workflow";

const STATUSES: PostStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];
const ALL = Object.keys(TRANSITIONS) as Transition[];

// The workflow as the brief states it: every allowed move and nothing else.
const ALLOWED: Record<Transition, Partial<Record<PostStatus, PostStatus>>> = {
  submit: { DRAFT: "IN_REVIEW" },
  return: { IN_REVIEW: "DRAFT" },
  publish: { DRAFT: "PUBLISHED", IN_REVIEW: "PUBLISHED" },
  schedule: { DRAFT: "SCHEDULED", IN_REVIEW: "SCHEDULED" },
  unschedule: { SCHEDULED: "DRAFT" },
  due: { SCHEDULED: "PUBLISHED" },
  unpublish: { PUBLISHED: "DRAFT" },
  archive: { PUBLISHED: "ARCHIVED" },
  restore: { ARCHIVED: "DRAFT" },
};

const viewer = (role: Role, id = `${role}-1`, contributorId: string | null = null): Viewer => ({
  id,
  email: `${id}@example.test`,
  name: id,
  role,
  contributorId,
  banned: false,
});
const post = (status: PostStatus, createdById = "someone-else", contributorIds: string[] = []): PostSubject => ({
  status,
  createdById,
  contributorIds,
});

describe("the post workflow", () => {
  for (const transition of ALL) {
    for (const from of STATUSES) {
      const to = ALLOWED[transition][from] ?? null;
      it(`${to ? "allows" : "refuses"} "${transition}" from ${from}${to ? ` (to ${to})` : ""}`, () => {
        expect(nextStatus(transition, from)).toBe(to);
        if (to === null) {
          expect(() => assertTransition(viewer("ADMIN"), transition, post(from))).toThrow(ValidationError);
        }
      });
    }
  }

  it("lets admins and editors make every move a person may make", () => {
    for (const role of ["ADMIN", "EDITOR"] as const) {
      for (const transition of ALL.filter((t) => t !== "due")) {
        for (const from of Object.keys(ALLOWED[transition]) as PostStatus[]) {
          expect(canTransition(viewer(role), transition, post(from)), `${role} ${transition} from ${from}`).toBe(true);
          expect(assertTransition(viewer(role), transition, post(from))).toBe(ALLOWED[transition][from]);
        }
      }
    }
  });

  it("lets an author submit only their own draft, and make no editor's move", () => {
    const author = viewer("AUTHOR", "author-1", "contributor-1");
    expect(canTransition(author, "submit", post("DRAFT", "author-1"))).toBe(true);
    expect(canTransition(author, "submit", post("DRAFT", "someone-else", ["contributor-1"]))).toBe(true);
    expect(canTransition(author, "submit", post("DRAFT"))).toBe(false);
    expect(() => assertTransition(author, "submit", post("DRAFT"))).toThrow(Forbidden);
    for (const transition of [
      "return",
      "publish",
      "schedule",
      "unschedule",
      "unpublish",
      "archive",
      "restore",
    ] as const) {
      const from = Object.keys(ALLOWED[transition])[0] as PostStatus;
      expect(canTransition(author, transition, post(from, "author-1")), transition).toBe(false);
      expect(() => assertTransition(author, transition, post(from, "author-1")), transition).toThrow(Forbidden);
    }
  });

  it("gives moderators, readers and anonymous visitors no move at all", () => {
    for (const who of [viewer("MODERATOR"), viewer("READER"), null]) {
      for (const transition of ALL) {
        for (const from of Object.keys(ALLOWED[transition]) as PostStatus[]) {
          expect(
            canTransition(who, transition, post(from, who?.id ?? "x")),
            `${who?.role ?? "anonymous"} ${transition}`,
          ).toBe(false);
        }
      }
    }
    expect(() => assertTransition(null, "publish", post("DRAFT"))).toThrow(Unauthenticated);
    expect(() => assertTransition(viewer("READER"), "submit", post("DRAFT", "READER-1"))).toThrow(Forbidden);
  });

  it("leaves publishing on schedule to the scheduler alone", () => {
    expect(assertTransition(null, "due", post("SCHEDULED"))).toBe("PUBLISHED");
    expect(() => assertTransition(viewer("ADMIN"), "due", post("SCHEDULED"))).toThrow(Forbidden);
    expect(canTransition(viewer("ADMIN"), "due", post("SCHEDULED"))).toBe(false);
  });

  it("checks the status before the permission, so a refusal names what is wrong with the post", () => {
    expect(() => assertTransition(viewer("AUTHOR", "a"), "publish", post("PUBLISHED", "a"))).toThrow(ValidationError);
  });
});

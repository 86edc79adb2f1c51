import { describe, expect, it } from "vitest";
import { availableDecisions, decisionDone, undoDone } from "../../components/admin/comments/decision-wording";
import {
  decideCommentsSchema,
  encodeQueueCursor,
  queueCursorSchema,
  queuePageParamsSchema,
} from "../../lib/comments/moderation/schema";
import { isTrustedCommenter } from "../../lib/comments/trusted-commenter";

describe("the trusted-commenter rule", () => {
  it("trusts a reader with enough approved comments and none rejected or marked as spam", () => {
    expect(isTrustedCommenter({ approved: 3, rejected: 0, spam: 0 }, 3)).toBe(true);
    expect(isTrustedCommenter({ approved: 2, rejected: 0, spam: 0 }, 3)).toBe(false);
    expect(isTrustedCommenter({ approved: 9, rejected: 1, spam: 0 }, 3)).toBe(false);
    expect(isTrustedCommenter({ approved: 9, rejected: 0, spam: 1 }, 3)).toBe(false);
  });

  it("trusts nobody when the setting is off", () => {
    expect(isTrustedCommenter({ approved: 100, rejected: 0, spam: 0 }, null)).toBe(false);
  });
});

describe("queue positions", () => {
  it("round-trip through the page address", () => {
    const position = { createdAt: new Date("2026-02-03T04:05:06.789Z"), id: "cmabc123" };
    expect(queueCursorSchema.parse(encodeQueueCursor(position))).toEqual(position);
  });

  it("fall back to the first page of the pending queue when the address is unreadable", () => {
    expect(queuePageParamsSchema.parse({ queue: "nonsense", after: "2026-13-99T00:00:00.000Z~x" })).toEqual({
      queue: "pending",
      after: undefined,
    });
    expect(queuePageParamsSchema.parse({ queue: "spam", after: "'; drop table" })).toEqual({
      queue: "spam",
      after: undefined,
    });
  });
});

describe("decisions", () => {
  it("take each comment once, and at least one", () => {
    expect(decideCommentsSchema.parse({ commentIds: ["a", "b", "a"], decision: "spam" }).commentIds).toEqual([
      "a",
      "b",
    ]);
    expect(decideCommentsSchema.safeParse({ commentIds: [], decision: "approve" }).success).toBe(false);
  });

  it("offered for a comment leave out the status it has, unless reports are open", () => {
    expect(availableDecisions({ status: "APPROVED", reports: [] })).toEqual(["reject", "spam"]);
    expect(availableDecisions({ status: "APPROVED", reports: [{ reason: "ABUSE", note: "", createdAt: "" }] })).toEqual(
      ["approve", "reject", "spam"],
    );
    expect(availableDecisions({ status: "PENDING", reports: [] })).toEqual(["approve", "reject", "spam"]);
  });

  it("are reported in words the undo bar shows", () => {
    expect(decisionDone("approve", 3)).toBe("Approved 3 comments.");
    expect(decisionDone("spam", 1)).toBe("Marked as spam: 1 comment.");
    expect(undoDone({ restored: 2, skipped: 1 })).toBe(
      "Undone: 2 comments are back as before. 1 comment changed by someone else since was left as it is.",
    );
  });
});

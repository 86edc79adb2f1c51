import { describe, expect, it } from "vitest";
import {
  commentBodySchema,
  commentCreateSchema,
  commentReportSchema,
  displayNameSchema,
} from "../../../lib/comments/reader/schema";
import { isMessageKey } from "../../../lib/comments/wording";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("comment inputs", () => {
  it("limits the body after trimming, with messages readers see translated", () => {
    const body = commentBodySchema(10);
    expect(body.parse("  0123456789  ")).toBe("0123456789");
    expect(messages(body.safeParse("01234567890"))).toEqual(["comments.error.tooLong"]);
    expect(messages(body.safeParse("   "))).toEqual(["comments.error.empty"]);
  });

  it("treats an empty parent field as a new top-level comment", () => {
    expect(commentCreateSchema.parse({ postId: "p1", parentId: "", body: "Hi" })).toEqual({ postId: "p1", body: "Hi" });
    expect(commentCreateSchema.parse({ postId: "p1", parentId: "c1", body: "Hi" })).toMatchObject({ parentId: "c1" });
  });

  it("takes only the four report reasons", () => {
    expect(commentReportSchema.parse({ commentId: "c1", reason: "OFF_TOPIC" })).toEqual({
      commentId: "c1",
      reason: "OFF_TOPIC",
      note: "",
    });
    expect(messages(commentReportSchema.safeParse({ commentId: "c1", reason: "BORING" }))).toEqual([
      "comments.error.reason",
    ]);
  });

  it("refuses display names that are links or carry control characters", () => {
    expect(displayNameSchema.parse({ name: "  Robin Hood " })).toEqual({ name: "Robin Hood" });
    for (const name of ["www.spam.example", "https://x.example", "Bad\u0000Name", "R\u202Eobin", "A"]) {
      expect(displayNameSchema.safeParse({ name }).success, name).toBe(false);
    }
  });

  it("uses only messages that exist in the catalogue", () => {
    const all = [
      ...messages(commentBodySchema(1).safeParse("too long")),
      ...messages(commentBodySchema(1).safeParse("")),
      ...messages(commentReportSchema.safeParse({ commentId: "c", reason: "X", note: "n".repeat(501) })),
      ...messages(displayNameSchema.safeParse({ name: "A" })),
      ...messages(displayNameSchema.safeParse({ name: "n".repeat(51) })),
      ...messages(displayNameSchema.safeParse({ name: "www.x" })),
    ];
    expect(all.filter((m) => !isMessageKey(m))).toEqual([]);
  });
});

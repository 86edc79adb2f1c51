import { describe, expect, it } from "vitest";
import { commentsCloseAt, commentsOpen } from "../../../lib/comments/closing";

const published = new Date("2026-03-01T09:00:00Z");

describe("when comments close", () => {
  it("stays open when the post takes comments and no closing period is set", () => {
    expect(commentsCloseAt(published, null)).toBeNull();
    expect(commentsOpen({ commentsEnabled: true, publishedAt: published }, null, new Date("2036-01-01"))).toBe(true);
  });

  it("closes the given number of days after publication, to the millisecond", () => {
    const closes = new Date("2026-03-15T09:00:00Z");
    expect(commentsCloseAt(published, 14)).toEqual(closes);
    const post = { commentsEnabled: true, publishedAt: published };
    expect(commentsOpen(post, 14, new Date(closes.getTime() - 1))).toBe(true);
    expect(commentsOpen(post, 14, closes)).toBe(false);
  });

  it("is closed whenever the post has comments switched off", () => {
    expect(commentsOpen({ commentsEnabled: false, publishedAt: published }, null, published)).toBe(false);
    expect(commentsOpen({ commentsEnabled: false, publishedAt: published }, 30, published)).toBe(false);
  });
});

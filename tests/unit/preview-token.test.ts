import { describe, expect, it } from "vitest";
import { PREVIEW_LINK_DAYS, signPreviewToken, verifyPreviewToken } from "../../lib/posts/preview-token";

const SECRET = "a-test-secret-that-is-at-least-32-characters-long";
const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-03-01T12:00:00Z");

describe("preview links", () => {
  it("name the post they were made for and expire seven days later", () => {
    const { token, expiresAt } = signPreviewToken("post_123", 4, SECRET, start);
    expect(expiresAt.getTime() - start.getTime()).toBe(PREVIEW_LINK_DAYS * DAY);
    expect(verifyPreviewToken(token, SECRET, new Date(start.getTime() + 6 * DAY))).toEqual({
      postId: "post_123",
      nonce: 4,
      expiresAt,
    });
  });

  it("stop working once they expire", () => {
    const { token, expiresAt } = signPreviewToken("post_123", 4, SECRET, start);
    expect(verifyPreviewToken(token, SECRET, expiresAt)).toBeNull();
    expect(verifyPreviewToken(token, SECRET, new Date(start.getTime() + 8 * DAY))).toBeNull();
  });

  it("are refused when signed with another secret", () => {
    const { token } = signPreviewToken("post_123", 4, SECRET, start);
    expect(verifyPreviewToken(token, `${SECRET}-rotated`, start)).toBeNull();
  });

  it("cannot be pointed at another post, another nonce or given a longer life", () => {
    const { token } = signPreviewToken("post_123", 4, SECRET, start);
    const [, signature] = token.split(".");
    const otherPost = Buffer.from(`post_999.4.${start.getTime() + 7 * DAY}`).toString("base64url");
    const otherNonce = Buffer.from(`post_123.5.${start.getTime() + 7 * DAY}`).toString("base64url");
    const longerLife = Buffer.from(`post_123.4.${start.getTime() + 700 * DAY}`).toString("base64url");
    expect(verifyPreviewToken(`${otherPost}.${signature}`, SECRET, start)).toBeNull();
    expect(verifyPreviewToken(`${otherNonce}.${signature}`, SECRET, start)).toBeNull();
    expect(verifyPreviewToken(`${longerLife}.${signature}`, SECRET, start)).toBeNull();
  });

  it("turn anything malformed into no preview rather than an error", () => {
    for (const junk of ["", ".", "abc", "a.b.c", "%%%.%%%", `${Buffer.from("no-dot").toString("base64url")}.x`]) {
      expect(verifyPreviewToken(junk, SECRET, start), junk).toBeNull();
    }
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken, newToken, TOKEN_LIFETIME_MS, tokenExpiry, tokenLink } from "../../../lib/users/data/tokens";

describe("account link tokens", () => {
  it("are 256 random bits, URL-safe, never repeated", () => {
    const tokens = Array.from({ length: 200 }, newToken);
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("are stored only as their SHA-256, which does not reveal them", () => {
    const token = newToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it("expire after one hour for a password reset and seven days for an invitation", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    expect(tokenExpiry("PASSWORD_RESET", now).toISOString()).toBe("2026-03-01T13:00:00.000Z");
    expect(tokenExpiry("INVITATION", now).toISOString()).toBe("2026-03-08T12:00:00.000Z");
    expect(TOKEN_LIFETIME_MS.PASSWORD_RESET).toBe(3_600_000);
  });

  it("travel in a link to the page that uses them, on the site's own address", () => {
    expect(tokenLink("https://news.example.org", "PASSWORD_RESET", "abc-_1")).toBe(
      "https://news.example.org/reset-password?token=abc-_1",
    );
    expect(tokenLink("https://news.example.org/", "INVITATION", "t")).toBe(
      "https://news.example.org/accept-invitation?token=t",
    );
  });
});

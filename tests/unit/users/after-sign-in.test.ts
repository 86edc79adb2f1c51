import { describe, expect, it } from "vitest";
import { afterSignInPath, DEFAULT_AFTER_SIGN_IN } from "../../../lib/users/after-sign-in";

const SITE = "https://news.example.org";

describe("where signing in leads", () => {
  it.each([
    ["/admin/posts", "/admin/posts"],
    ["/admin/posts?status=DRAFT#list", "/admin/posts?status=DRAFT#list"],
    ["/articles/a-b", "/articles/a-b"],
    ["https://news.example.org/admin/users", "/admin/users"],
  ])("keeps the same-site address %s", (raw, expected) => {
    expect(afterSignInPath(raw, SITE)).toBe(expected);
  });

  it.each([
    undefined,
    "",
    42,
    ["/admin"],
    "https://evil.example/admin",
    "https://news.example.org.evil.test/admin",
    "http://news.example.org/admin",
    "//evil.example/admin",
    "/\\evil.example",
    "javascript:alert(1)",
    "/admin\n/x",
    "admin/posts",
  ])("falls back to the admin home for %j", (raw) => {
    expect(afterSignInPath(raw, SITE)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it.each([
    "/login",
    "/login?callbackUrl=/admin",
    "/reset-password?token=x",
    "/accept-invitation",
    "/forgot-password/",
  ])("never leads back to the account page %s", (raw) => {
    expect(afterSignInPath(raw, SITE)).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});

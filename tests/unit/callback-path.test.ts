import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "../../lib/auth/callback-path";

const site = "https://news.example.org";

describe("where sign-in sends a reader back to", () => {
  it("keeps paths and same-site addresses, as paths", () => {
    expect(safeCallbackPath("/articles/elm-court#comments", site)).toBe("/articles/elm-court#comments");
    expect(safeCallbackPath("https://news.example.org/articles/x?y=1#comments", site)).toBe("/articles/x?y=1#comments");
  });

  it("sends anything pointing elsewhere to the home page", () => {
    for (const raw of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "http://news.example.org/x",
      undefined,
      42,
      "/a\nb",
    ]) {
      expect(safeCallbackPath(raw, site), String(raw)).toBe("/");
    }
  });
});

import { describe, expect, it } from "vitest";
import { shareLinks } from "../../lib/posts/share";

describe("article share links", () => {
  const links = shareLinks({
    url: "https://news.example.org/articles/a-b",
    title: "Rents & repairs: what's next?",
    handle: "@Riverside",
    hashtag: "UKhousing",
  });
  const byNetwork = Object.fromEntries(links.map((l) => [l.network, new URL(l.href)]));

  it("offers LinkedIn, X, Facebook and email, with no third-party script", () => {
    expect(links.map((l) => l.network)).toEqual(["LinkedIn", "X", "Facebook", "Email"]);
  });

  it("prefill X with the title, handle, hashtag and the article URL", () => {
    expect(byNetwork.X!.searchParams.get("text")).toBe("Rents & repairs: what's next? via @Riverside #UKhousing");
    expect(byNetwork.X!.searchParams.get("url")).toBe("https://news.example.org/articles/a-b");
  });

  it("encode the article URL for LinkedIn and Facebook", () => {
    expect(byNetwork.LinkedIn!.searchParams.get("url")).toBe("https://news.example.org/articles/a-b");
    expect(byNetwork.Facebook!.searchParams.get("u")).toBe("https://news.example.org/articles/a-b");
  });

  it("build a mailto link whose subject survives ampersands", () => {
    expect(byNetwork.Email!.protocol).toBe("mailto:");
    expect(decodeURIComponent(links[3]!.href)).toContain("subject=Rents & repairs");
    expect(links[3]!.href).not.toContain("&repairs");
  });

  it("credit the writers' handles before the site's, never the site's twice", () => {
    const [, x] = shareLinks({
      url: "https://e.org/a",
      title: "T",
      handle: "@Riverside",
      hashtag: null,
      writerHandles: ["@BrooksideRA", "@Riverside"],
    });
    expect(new URL(x!.href).searchParams.get("text")).toBe("T by @BrooksideRA via @Riverside");
  });

  it("leave out the handle and hashtag when the site has none", () => {
    const [, x] = shareLinks({ url: "https://e.org/a", title: "T", handle: null, hashtag: null });
    expect(new URL(x!.href).searchParams.get("text")).toBe("T");
  });
});

import { describe, expect, it } from "vitest";
import { render, type MarkdownProfile } from "../../../lib/markdown";
import { hostileArticleBody, hostileCorpus, hostileLargeCases, hostileSmallCases } from "../../fixtures/hostile/corpus";
import { decodeEntities, parseTags, unsafeParts } from "../../unit/markdown/helpers/safe-html";

const PROFILES: MarkdownProfile[] = ["article", "bio", "comment"];
const OPTIONS = { articleUrl: "https://example.org/articles/x", siteHandle: "@RiversideHomes", hashtag: "UKhousing" };
// Large inputs take up to a few seconds on slow CI machines; the test is
// that they finish and stay safe, not how fast (see scripts/bench-markdown.ts).
const LARGE_TIMEOUT = 120_000;

describe("the hostile corpus", () => {
  it("has at least 120 cases and an article body under 200 KB", () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(120);
    expect(Buffer.byteLength(hostileArticleBody)).toBeLessThan(200_000);
  });

  for (const profile of PROFILES) {
    describe(`rendered with the ${profile} profile`, () => {
      it.each(hostileSmallCases)("$name renders nothing executable", ({ input }) => {
        for (const trustedAuthor of [false, true]) {
          const { html } = render(input, profile, { ...OPTIONS, trustedAuthor });
          expect(unsafeParts(html, profile)).toEqual([]);
        }
      });

      it.each(hostileLargeCases)(
        "$name completes and renders nothing executable",
        ({ input }) => {
          const result = render(input, profile, OPTIONS);
          expect(unsafeParts(result.html, profile)).toEqual([]);
          expect(typeof result.text).toBe("string");
        },
        LARGE_TIMEOUT,
      );
    });
  }

  it("renders the whole article body safely as one article", () => {
    for (const trustedAuthor of [false, true]) {
      const { html } = render(hostileArticleBody, "article", { ...OPTIONS, trustedAuthor });
      expect(unsafeParts(html, "article")).toEqual([]);
    }
  });

  it("never lets a javascript: URL survive in any form, even as an unclickable attribute", () => {
    for (const { input } of hostileSmallCases) {
      const { html } = render(input, "article", OPTIONS);
      // Parsed, not grepped: prose may legitimately say href="javascript:…".
      for (const tag of parseTags(html)) {
        for (const { name, value } of tag.attributes) {
          if (name !== "href" && name !== "src") continue;
          expect(decodeEntities(value ?? "").toLowerCase()).not.toMatch(/^\s*(?:javascript|vbscript|data|file):/);
        }
      }
    }
  });
});

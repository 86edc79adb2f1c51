import { describe, expect, it } from "vitest";
import { LONG_PARAGRAPH_WORDS, render } from "@/lib/markdown";

const flagsOf = (markdown: string) => render(markdown, "article").accessibilityFlags;
const checksOf = (markdown: string) => flagsOf(markdown).map((f) => f.check);

describe("authoring-time accessibility checks", () => {
  it("flag an image without alt text, including a plain ![](…), and point at it", () => {
    const markdown = "Intro.\n\n![](/media/estate.jpg)\n\n![  ](/media/b.jpg)";
    const flags = flagsOf(markdown);
    expect(flags.map((f) => [f.check, f.line])).toEqual([
      ["image-alt", 3],
      ["image-alt", 5],
    ]);
    expect(markdown.slice(flags[0]!.start, flags[0]!.end)).toBe("![](/media/estate.jpg)");
    expect(flags[0]!.message).toMatch(/no alt text.*screen-reader/);
  });

  it("flag a figure without alt text and an alt text that is a file name", () => {
    expect(checksOf('::figure[]{src="/media/a.jpg"}\n\n![IMG_2041.jpg](/media/b.jpg)')).toEqual([
      "image-alt",
      "image-alt",
    ]);
  });

  it("leave described images alone", () => {
    expect(checksOf('![Tenants at the open day](/a.jpg)\n\n::figure[A new boiler]{src="/b.jpg"}')).toEqual([]);
  });

  it("flag a heading that skips a level, counting the title as level 1", () => {
    const flags = flagsOf(
      "### Straight to three\n\n## Two\n\n### Three\n\n#### Four\n\n## Two again\n\n#### Four again",
    );
    expect(flags.map((f) => [f.check, f.excerpt])).toEqual([
      ["heading-level", "Straight to three"],
      ["heading-level", "Four again"],
    ]);
    expect(flags[0]!.message).toContain("level 3 but follows level 1");
  });

  it("flag link text that does not say where it goes, in English and Dutch, whatever its case and punctuation", () => {
    const markdown = [
      "[Click here](/a) for the report.",
      "[Read more…](/b)",
      "[lees meer](/c)",
      "See [here](/d).",
      "Our [annual report on damp](/e) is out.",
    ].join("\n\n");
    expect(flagsOf(markdown).map((f) => f.excerpt)).toEqual(["Click here", "Read more…", "lees meer", "here"]);
  });

  it("flag a paragraph in capitals but not an acronym or a short label", () => {
    expect(checksOf("THE RENT FREEZE ENDS IN APRIL FOR EVERY TENANT.")).toEqual(["all-caps"]);
    expect(checksOf("We asked the NHS and the RSPCA.\n\nNEW\n\nUK 2026")).toEqual([]);
  });

  it("flag a paragraph over the word limit, saying how long it is", () => {
    const long = Array.from({ length: LONG_PARAGRAPH_WORDS + 1 }, (_, i) => `word${i}`).join(" ");
    const short = Array.from({ length: LONG_PARAGRAPH_WORDS }, (_, i) => `word${i}`).join(" ");
    const flags = flagsOf(`${long}\n\n${short}`);
    expect(flags.map((f) => f.check)).toEqual(["long-paragraph"]);
    expect(flags[0]!.message).toContain(`${LONG_PARAGRAPH_WORDS + 1} words`);
  });

  it("ignore code, where capitals and brackets are not prose", () => {
    expect(checksOf("```\nSELECT * FROM TENANCIES WHERE RENT > 0\n```\n\n`[here](/x)`")).toEqual([]);
  });

  it("run for articles only", () => {
    expect(render("![](/a.jpg) [here](/b)", "comment").accessibilityFlags).toEqual([]);
  });
});

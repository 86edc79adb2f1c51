import { describe, expect, it } from "vitest";
import { render } from "../../../lib/markdown";
import { DELIMITER_BUDGET } from "../../../lib/markdown/delimiter-budget";
import { guardSource } from "../../../lib/markdown/guard-source";
import {
  MARKDOWN_MAX_LENGTH,
  MAX_BLOCK_CHARS,
  MAX_CONTAINER_DIRECTIVE_DEPTH,
  MAX_NESTING_UNITS,
} from "../../../lib/markdown/limits";
import { hostileCorpus } from "../../fixtures/hostile/corpus";

/** Deepest nesting of the given tags in serialized HTML. */
function maxDepth(html: string, tags: string[]): number {
  let depth = 0;
  let max = 0;
  for (const [, closing] of html.matchAll(new RegExp(`<(/?)(?:${tags.join("|")})\\b`, "g"))) {
    depth += closing ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

describe("the input guards", () => {
  it("only ever insert backslashes and line breaks, so no typed text is lost", () => {
    const strip = (s: string) => s.replace(/[\\\r\n]/g, "");
    for (const { input } of hostileCorpus) {
      if (input.length > MARKDOWN_MAX_LENGTH.article) continue;
      expect(strip(guardSource(input, true))).toBe(strip(input));
    }
  });

  it("leave ordinary writing untouched", () => {
    const article = [
      "## Heading",
      "",
      "A paragraph with [a link](https://example.org) and *emphasis*.",
      "",
      "- one",
      "  - nested",
      "    - deeper",
      "",
      "> quote",
      "> > nested quote",
      "",
      ":::shareline",
      "Quote.",
      ":::",
      "",
      "```js",
      "const a = [1, 2];",
      "```",
    ].join("\n");
    expect(guardSource(article, true)).toBe(article);
  });

  it("cap 5,000 nested lists at the nesting limit instead of overflowing the stack", () => {
    const { html } = render(`${"- ".repeat(5000)}x`, "article");
    expect(maxDepth(html, ["ul"])).toBe(MAX_NESTING_UNITS);
    expect(html).toContain("- - -");
  });

  it("cap 5,000 nested blockquotes the same way", () => {
    const { html } = render(`${">".repeat(5000)} x`, "article");
    expect(maxDepth(html, ["blockquote"])).toBe(MAX_NESTING_UNITS);
    const spaced = render(`${"> ".repeat(5000)}x`, "comment").html;
    expect(maxDepth(spaced, ["blockquote"])).toBe(MAX_NESTING_UNITS);
  });

  it("count indentation towards the nesting limit", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${" ".repeat(2 * i)}- x`).join("\n");
    expect(maxDepth(render(lines, "article").html, ["ul"])).toBeLessThanOrEqual(MAX_NESTING_UNITS);
  });

  it("refuse container directives nested deeper than the cap but allow any number in sequence", () => {
    const nested = render(":::shareline\n".repeat(50), "article").html;
    expect(maxDepth(nested, ["aside"])).toBeLessThanOrEqual(MAX_CONTAINER_DIRECTIVE_DEPTH);
    const guarded = guardSource(":::a\n".repeat(MAX_CONTAINER_DIRECTIVE_DEPTH + 2), true).split("\n");
    expect(guarded[MAX_CONTAINER_DIRECTIVE_DEPTH - 1]).toBe(":::a");
    expect(guarded[MAX_CONTAINER_DIRECTIVE_DEPTH]).toBe("\\:::a");
  });

  it("treat a container hiding its closing fence in code as possibly still open", () => {
    const hidden = ":::a\n```\n:::\n```\n".repeat(MAX_CONTAINER_DIRECTIVE_DEPTH + 1);
    expect(guardSource(hidden, true)).toContain("\\:::a");
  });

  it("split a run of lines longer than the block limit with a blank line", () => {
    const line = "word ".repeat(199) + "word";
    const source = Array.from({ length: 20 }, () => line).join("\n");
    const guarded = guardSource(source, false);
    expect(guarded).toContain("\n\n");
    for (const block of guarded.split("\n\n")) expect(block.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
  });

  it("split a paragraph in which a [ stays open too long", () => {
    const guarded = guardSource(`[ ${"word ".repeat(1000)}`, false);
    expect(guarded.split("\n\n").length).toBeGreaterThan(1);
    expect(guardSource(`[a link](https://example.org) ${"word ".repeat(1000)}`, false)).not.toContain("\n");
  });

  it("cut the source at the profile limit and say so", () => {
    const { html } = render("word ".repeat(30_000), "comment");
    expect(html).toContain(
      `<p class="markdown-truncated">[The rest of this text is longer than ${MARKDOWN_MAX_LENGTH.comment.toLocaleString("en-GB")} characters and is not shown.]</p>`,
    );
    expect(render("word ".repeat(100), "comment").html).not.toContain("markdown-truncated");
  });

  it("keep the truncation note out of the plain text", () => {
    expect(render("word ".repeat(30_000), "comment").text).not.toContain("not shown");
  });

  it("make delimiters past the per-paragraph budget plain text", () => {
    const { html } = render("*a* ".repeat(DELIMITER_BUDGET), "article");
    expect(html.match(/<em>/g)).toHaveLength(DELIMITER_BUDGET / 2);
    const over = render("*a* ".repeat(DELIMITER_BUDGET), "article").html;
    expect(over).toContain("*a*");
  });

  it("give each paragraph, list item and table cell its own delimiter budget", () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => `[link ${i}](/p/${i}) *em*`).join("\n\n");
    expect(render(paragraphs, "article").html.match(/<a /g)).toHaveLength(100);
    const rows = Array.from({ length: 100 }, (_, i) => `| [r${i}](/r/${i}) | **b** |`).join("\n");
    const table = render(`| a | b |\n|---|---|\n${rows}`, "article").html;
    expect(table.match(/<a /g)).toHaveLength(100);
    expect(table.match(/<strong>/g)).toHaveLength(100);
  });

  it("let a ] that closes a link through even past the budget", () => {
    const { html } = render(`${"]".repeat(DELIMITER_BUDGET + 10)} [late link](/x)`, "article");
    expect(html).toContain('<a href="/x">late link</a>');
  });
});

import { describe, expect, it } from "vitest";
import { render, type MarkdownProfile } from "../../../lib/markdown";
import { guardSource } from "../../../lib/markdown/guard-source";
import { unsafeParts } from "../../unit/markdown/helpers/safe-html";
import { random } from "../../../scripts/lib/random";

// Pieces that matter to some parser state; random sequences of them reach
// combinations nobody writes by hand.
const PIECES = [
  "\n",
  "\n\n",
  " ",
  "  ",
  "\t",
  ">",
  "> ",
  "- ",
  "* ",
  "1. ",
  "#",
  "## ",
  "```",
  "~~~",
  "    ",
  "|",
  "|---|",
  "[",
  "]",
  "(",
  ")",
  "![",
  "](",
  "[^a]",
  "[^a]: ",
  "<",
  ">",
  "</",
  "<script>",
  "<img src=x onerror=alert(1)>",
  "javascript:",
  "JaVaScRiPt:",
  "&#106;",
  "&colon;",
  "&Tab;",
  "data:",
  "https://x.org",
  "www.x.org",
  "a@b.co",
  "*",
  "**",
  "_",
  "~",
  "`",
  "\\",
  ":",
  "::",
  ":::",
  ":::shareline",
  "::figure",
  "{",
  "}",
  '="',
  '"',
  "'",
  "src=",
  "onerror=",
  "word",
  "Word",
  "10:30",
  "\u0000",
  "\uD800",
  "\uFFFF",
  "\u202E",
  "é",
  "😀",
];

function sample(seed: number): string {
  const { next } = random(seed);
  const length = 1 + Math.floor(next() * 120);
  let out = "";
  for (let i = 0; i < length; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

describe("render on random Markdown-ish input", () => {
  for (const profile of ["article", "bio", "comment"] as MarkdownProfile[]) {
    it(`never throws and never emits anything executable (${profile})`, () => {
      for (let seed = 1; seed <= 400; seed++) {
        const input = sample(seed);
        const { html } = render(input, profile, { articleUrl: "https://example.org/a", hashtag: "x" });
        expect(unsafeParts(html, profile), `seed ${seed}: ${JSON.stringify(input)}`).toEqual([]);
      }
    }, 120_000);
  }
});

describe("the input guard on long runs of markers", () => {
  // These once backtracked exponentially in a line-start regex; completing
  // at all is the assertion.
  it.each([
    ["quote markers with spaces", `${"> ".repeat(5000)}x`],
    ["spaces then quote markers", `${" >".repeat(5000)}x`],
    ["quote markers with wide gaps", `${">   ".repeat(5000)}x`],
    ["list markers", `${"- ".repeat(5000)}x`],
    ["mixed markers", `${"> 1. * ".repeat(2000)}x`],
    ["colons", `${":".repeat(100_000)}x`],
  ])("finishes for %s", (_, input) => {
    expect(guardSource(input, true).length).toBeGreaterThanOrEqual(input.length);
  });
});

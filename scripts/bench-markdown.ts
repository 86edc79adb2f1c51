/**
 * Render-time benchmark for lib/markdown.
 *
 *   npx tsx scripts/bench-markdown.ts [renders=500]
 *
 * Renders a generated ~2,000-word article (original filler text, with
 * figures, sharelines, footnotes, headings, lists and a table) many times and
 * reports median/p99, how much of it is micromark parsing, then times the
 * hostile inputs from the test corpus once each. Figures depend on the
 * machine and on what else it is doing; run it on a quiet machine.
 */
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { render } from "../lib/markdown";
import { guardSource } from "../lib/markdown/guard-source";
import { hostileLargeCases } from "../tests/fixtures/hostile/corpus";
import { random } from "./lib/random";

const RENDERS = Number(process.argv[2] ?? 500);
const OPTIONS = {
  articleUrl: "https://example.org/articles/bench",
  siteHandle: "@RiversideHomes",
  hashtag: "UKhousing",
};

const WORDS = (
  "residents council homes repairs estate garden tenants rent survey housing association neighbours " +
  "community meeting budget windows heating damp roof lift courtyard volunteers plan promise families " +
  "week month year report board local street block flat improvement waiting list energy bills safety"
).split(" ");
const LINK_WORDS = ["annual report", "repairs policy", "tenant panel", "energy advice", "garden plan"];

function articleMarkdown(): string {
  const { next } = random(2025);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const sentence = (): string => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(WORDS));
    if (next() < 0.3) words[2] = `*${words[2]}*`;
    if (next() < 0.2) words[5] = `**${words[5]}**`;
    if (next() < 0.25) words.push(`[${pick(LINK_WORDS)}](https://example.org/${pick(WORDS)})`);
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (footnote?: number): string =>
    Array.from({ length: 4 + Math.floor(next() * 3) }, sentence).join(" ") + (footnote ? `[^${footnote}]` : "");

  const parts: string[] = [paragraph(), paragraph(1)];
  let footnote = 2;
  for (let section = 1; section <= 6; section++) {
    parts.push(
      `## Section ${section}: ${pick(WORDS)} and ${pick(WORDS)}`,
      paragraph(),
      paragraph(footnote <= 6 ? footnote++ : undefined),
    );
    if (section <= 3) {
      parts.push(
        `::figure[Volunteers working on the ${pick(WORDS)} at block ${section}]{src="/images/bench-${section}.jpg" caption="${sentence()}" credit="Staff photographer"}`,
      );
    }
    if (section === 2 || section === 5) parts.push(`:::shareline\n${sentence()} ${sentence()}\n:::`);
    if (section % 2 === 0) {
      parts.push(`### What we heard`, Array.from({ length: 5 }, () => `- ${sentence()}`).join("\n"));
    }
    if (section === 4) {
      const rows = Array.from(
        { length: 6 },
        (_, i) => `| Block ${i + 1} | ${Math.floor(next() * 200)} | ${pick(WORDS)} |`,
      );
      parts.push(["| Block | Homes | Priority |", "|:--|--:|:--|", ...rows].join("\n"));
    }
    parts.push(paragraph(), paragraph());
  }
  parts.push(Array.from({ length: 6 }, (_, i) => `[^${i + 1}]: ${sentence()}`).join("\n"));
  return parts.join("\n\n");
}

function stats(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

function time<T>(fn: () => T): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function repeat(fn: () => unknown, times: number): number[] {
  return Array.from({ length: times }, () => time(fn));
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

const markdown = articleMarkdown();
const sample = render(markdown, "article", OPTIONS);
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

for (let i = 0; i < 50; i++) render(markdown, "article", OPTIONS);
const renderTimes = repeat(() => render(markdown, "article", OPTIONS), RENDERS);
const parseTimes = repeat(() => parser.parse(markdown), Math.min(RENDERS, 200));
const guardTimes = repeat(() => guardSource(markdown, true), Math.min(RENDERS, 200));
const full = stats(renderTimes);
const parse = stats(parseTimes);
const guard = stats(guardTimes);

console.log(`\n## lib/markdown render benchmark (${RENDERS} renders, Node ${process.version})\n`);
console.log(
  `Article: ${sample.wordCount} words, ${markdown.length} characters, ${sample.headings.length} TOC headings, ` +
    `${(sample.html.match(/<figure/g) ?? []).length} figures, ${(sample.html.match(/<aside/g) ?? []).length} sharelines, ` +
    `${(sample.html.match(/data-footnote-ref/g) ?? []).length} footnotes.\n`,
);
console.log("| measurement | median | p99 |");
console.log("| --- | ---: | ---: |");
console.log(`| render, ~2,000-word article | ${ms(full.median)} | ${ms(full.p99)} |`);
console.log(`| of which micromark parse (remark-parse + gfm + directive) | ${ms(parse.median)} | ${ms(parse.p99)} |`);
console.log(`| of which input guard | ${ms(guard.median)} | ${ms(guard.p99)} |`);
console.log(`| renders per second (from median) | ${(1000 / full.median).toFixed(0)} | |`);

console.log("\n| hostile input (single render, article profile) | input size | time |");
console.log("| --- | ---: | ---: |");
for (const { name, input } of hostileLargeCases) {
  const elapsed = time(() => render(input, "article", OPTIONS));
  console.log(`| ${name} | ${(input.length / 1024).toFixed(0)} KiB | ${ms(elapsed)} |`);
}
console.log("");

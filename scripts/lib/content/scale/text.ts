import GithubSlugger from "github-slugger";
import type { Heading } from "../../../../lib/markdown";
import { HEADING_ID_PREFIX } from "../../../../lib/markdown/headings";
import { countWords, readingMinutes } from "../../../../lib/markdown/text";
import type { Random } from "../../random";
import type { Vocabulary } from "./vocabulary";

// Article and comment text for scale content. The Markdown source and its
// HTML are produced together from the same paragraphs instead of running the
// Markdown pipeline 100,000 times: the source is only `## heading` lines and
// plain paragraphs, whose HTML is exactly what render() gives for them (the
// scale-seed integration test checks that against the real renderer).

export interface GeneratedBody {
  body: string;
  html: string;
  plainText: string;
  headings: Heading[];
  wordCount: number;
  readingMinutes: number;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Text-node escaping as rehype-stringify does it; the vocabulary never needs it, but HTML is HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
}

function sentence(r: Random, v: Vocabulary): string {
  return `${r.pick(v.subjects)} ${r.pick(v.verbs)} ${r.pick(v.objects)} ${r.pick(v.qualifiers)}.`;
}

function paragraph(r: Random, v: Vocabulary): string {
  const sentences: string[] = [];
  for (let n = r.int(3, 6); n > 0; n--) sentences.push(sentence(r, v));
  return sentences.join(" ");
}

export function generateTitle(r: Random, v: Vocabulary): string {
  const title = `${r.pick(v.titleOpeners)} ${r.pick(v.titleTopics)}`;
  return r.chance(0.4) ? `${title} ${r.pick(v.qualifiers)}` : title;
}

export function generateStandfirst(r: Random, v: Vocabulary): string {
  return `${r.pick(v.standfirstOpeners)} ${r.pick(v.titleTopics)}: ${sentence(r, v)}`;
}

/** Three to six paragraphs, with a heading before some of them in most posts. */
export function generateBody(r: Random, v: Vocabulary): GeneratedBody {
  const markdown: string[] = [];
  const html: string[] = [];
  const text: string[] = [];
  const headings: Heading[] = [];
  const slugger = new GithubSlugger();
  const withHeadings = r.chance(0.6);
  const count = r.int(3, 6);
  for (let i = 0; i < count; i++) {
    if (withHeadings && i > 0 && i % 2 === 1) {
      const heading = r.pick(v.headings);
      const id = HEADING_ID_PREFIX + slugger.slug(heading);
      markdown.push(`## ${heading}`);
      html.push(`<h2 id="${escapeHtml(id)}">${escapeHtml(heading)}</h2>`);
      text.push(heading);
      headings.push({ depth: 2, id, text: heading });
    }
    const p = paragraph(r, v);
    markdown.push(p);
    html.push(`<p>${escapeHtml(p)}</p>`);
    text.push(p);
  }
  const plainText = text.join(" ");
  const wordCount = countWords(plainText);
  return {
    body: markdown.join("\n\n"),
    html: html.join("\n"),
    plainText,
    headings,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

/** A reader's comment: one or two short remarks; `html` is its single escaped paragraph. */
export function generateComment(r: Random, v: Vocabulary): { body: string; html: string } {
  let body = `${r.pick(v.commentOpeners)} ${r.pick(v.commentRemarks)}.`;
  if (r.chance(0.4)) body += ` ${r.pick(v.commentOpeners)} ${r.pick(v.commentRemarks)}.`;
  return { body, html: `<p>${escapeHtml(body)}</p>` };
}

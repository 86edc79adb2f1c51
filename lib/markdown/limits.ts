import type { MarkdownProfile } from "./types";

/**
 * Input guards that run on the raw Markdown before micromark sees it.
 *
 * micromark is correct but not built for hostile input: nesting is handled
 * with recursion further down the pipeline (5,000 nested `>` or `- ` overflow
 * the stack in mdast-util-to-hast, hast-util-sanitize and the serializer),
 * several inline paths are quadratic in paragraph size, and even linear input
 * costs 2–15 µs per character on a slow 2-vCPU VM (prose at the low end, very
 * short lines at the high end), so size alone is a denial-of-service lever.
 * These caps are far above anything a writer types.
 */

/**
 * Characters parsed as Markdown per profile. Beyond this the source is cut
 * and a visible note is rendered. The zod schemas should reject longer input
 * with a friendly message; this is the backstop, not the user-facing limit.
 */
export const MARKDOWN_MAX_LENGTH: Readonly<Record<MarkdownProfile, number>> = {
  // ~15,000 words: well past the longest long-read we expect.
  article: 100_000,
  bio: 5_000,
  comment: 10_000,
};

/**
 * Nesting "units" a line may open: each `>`, list marker or footnote-definition
 * label counts one, and every two columns of indentation count one (a nested
 * list item needs at least two columns per level). Real writing stays under 10.
 */
export const MAX_NESTING_UNITS = 32;

/**
 * How many container directives (`:::name`) may be open at once, as far as
 * the input guard can tell (see directive-depth.ts). Sharelines do not nest,
 * so real articles use one level.
 */
export const MAX_CONTAINER_DIRECTIVE_DEPTH = 8;

/**
 * Characters one run of lines may hold before a blank line is inserted.
 * micromark's inline phase has several paths that are quadratic in the size
 * of one paragraph (merging data events with `splice`, label and autolink
 * look-backs), so paragraph size is what has to be bounded. Real paragraphs
 * are under 2,000 characters; long tables and code blocks are the realistic
 * victims (a table is split in two, a code block gains an empty line).
 */
export const MAX_BLOCK_CHARS = 8_000;

/**
 * GFM's autolink-literal check walks back from every word start to the
 * nearest unclosed `[` of the paragraph, so text after an unclosed bracket
 * costs quadratic time (`[a[a[a…` is the worst case). A paragraph in which a
 * `[` stays open for this many characters is split in two.
 */
export const MAX_OPEN_BRACKET_SPAN = 1_000;

/** Cuts to the profile's cap without splitting a surrogate pair. */
export function truncateSource(source: string, profile: MarkdownProfile): { source: string; truncated: boolean } {
  const max = MARKDOWN_MAX_LENGTH[profile];
  if (source.length <= max) return { source, truncated: false };
  let end = max;
  const last = source.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { source: source.slice(0, end), truncated: true };
}

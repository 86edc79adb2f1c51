import type { PostType } from "../../../../lib/db";
import { random, seedOf, type Random } from "../../random";

// Where each scale post sits: a pure function of its index (1-based), so a
// run that adds posts 301–350 places them exactly as one run of 350 would.

export const SCALE_SLUG_PREFIX = "scale-";
export const POSTS_PER_CONTRIBUTOR = 50;
export const MAX_READERS = 500;
export const TAG_POOL_SIZE = 200;

/** Posts are grouped in blocks of this many; each block holds one series of 3–10 parts (~20 % of posts). */
export const SERIES_BLOCK = 32;

const DAY = 24 * 60 * 60 * 1000;
const TEN_YEARS_IN_DAYS = 3652;

export function scaleSlug(index: number): string {
  return `${SCALE_SLUG_PREFIX}${String(index).padStart(6, "0")}`;
}

/** The index of a scale slug, or null for any other slug. */
export function scaleIndex(slug: string): number | null {
  const match = /^scale-(\d{6,7})$/.exec(slug);
  return match ? Number(match[1]) : null;
}

export function contributorCount(posts: number): number {
  return Math.max(1, Math.ceil(posts / POSTS_PER_CONTRIBUTOR));
}

export function readerCount(posts: number): number {
  return Math.min(MAX_READERS, Math.max(10, Math.ceil(posts / 2)));
}

export interface SeriesPlan {
  block: number;
  length: number;
  language: string;
  /** Days before the run's "now" the first part appeared. */
  firstPartDaysAgo: number;
}

export function seriesOfBlock(block: number): SeriesPlan {
  const r = random(seedOf(block, 0x5e7));
  const length = r.int(3, 10);
  return {
    block,
    length,
    language: r.chance(0.15) ? "nl-NL" : "en-GB",
    // Weekly parts, the last one at least a day old.
    firstPartDaysAgo: r.int(length * 7 + 1, TEN_YEARS_IN_DAYS),
  };
}

export function seriesBlockOf(index: number): number {
  return Math.floor((index - 1) / SERIES_BLOCK);
}

/** The series part (1-based) this post is, or null. Parts are spread evenly over the block. */
export function seriesPositionOf(index: number, series: SeriesPlan): number | null {
  const offset = (index - 1) % SERIES_BLOCK;
  const step = Math.floor(SERIES_BLOCK / series.length);
  return offset % step === 0 && offset / step < series.length ? offset / step + 1 : null;
}

export interface PostPlan {
  index: number;
  slug: string;
  type: PostType;
  language: string;
  publishedAt: Date;
  series: { block: number; position: number } | null;
  /** Indexes into the run's pools (contributors, tags, sections). */
  contributors: number[];
  tags: number[];
  section: number;
  commentsEnabled: boolean;
  /** Seeded generator for this post's words and comments. */
  random: Random;
}

const TYPES: readonly PostType[] = ["BLOG", "BLOG", "BLOG", "BLOG", "BLOG", "OPINION", "OPINION", "OPINION", "NEWS", "FEATURE"];

export function planPost(
  index: number,
  pools: { contributors: number; tags: number; sections: number },
  now: Date,
): PostPlan {
  const r = random(seedOf(index, 0x9057));
  const series = seriesOfBlock(seriesBlockOf(index));
  const position = seriesPositionOf(index, series);
  const daysAgo = position === null
    ? r.next() * TEN_YEARS_IN_DAYS
    : series.firstPartDaysAgo - (position - 1) * 7;
  // Never in the future, so every scale post is publicly visible at once.
  const publishedAt = new Date(now.getTime() - Math.max(daysAgo * DAY, 60 * 60 * 1000));
  const authors = r.chance(0.15) ? (r.chance(0.2) ? 3 : 2) : 1;
  const lead = Math.floor(r.next() * pools.contributors);
  const coAuthors = r.distinct(authors - 1, pools.contributors).filter((c) => c !== lead);
  return {
    index,
    slug: scaleSlug(index),
    type: r.pick(TYPES),
    language: position !== null ? series.language : r.chance(0.15) ? "nl-NL" : "en-GB",
    publishedAt,
    series: position === null ? null : { block: series.block, position },
    contributors: [lead, ...coAuthors],
    tags: r.distinct(r.int(1, 4), pools.tags),
    section: Math.floor(r.next() * pools.sections),
    commentsEnabled: !r.chance(0.05),
    random: r,
  };
}

export function seriesSlug(block: number): string {
  return `scale-series-${String(block + 1).padStart(5, "0")}`;
}

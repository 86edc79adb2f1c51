import { describe, expect, it, onTestFinished } from "vitest";
import { db } from "../../lib/db";
import { render } from "../../lib/markdown";
import { listPublishedPosts } from "../../lib/posts/data/queries";
import { seedScale, ScaleSeedRefused } from "../../scripts/lib/content/scale";
import { buildBatch, insertBatch } from "../../scripts/lib/content/scale/batch";
import { FlagError, parseSeedArgs } from "../../scripts/lib/content/scale/flags";
import { planPost, scaleSlug, seriesBlockOf } from "../../scripts/lib/content/scale/plan";
import { ensurePools } from "../../scripts/lib/content/scale/pools";
import { openSql } from "../../scripts/lib/content/scale/sql";

// Tests share one database and run in order: 300 posts, the same again, then 350.

const options = { nodeEnv: "test", quiet: true };
// The loader opens its own connections to the file's database (see scripts/lib/content/scale/sql.ts).
const url = () => process.env.DATABASE_URL!;
const scalePosts = { slug: { startsWith: "scale-0" } };

async function tableCounts() {
  const [posts, bylines, postTags, comments, contributors, users, tags, series] = await Promise.all([
    db.post.count(),
    db.byline.count(),
    db.postTag.count(),
    db.comment.count(),
    db.contributor.count(),
    db.user.count(),
    db.tag.count(),
    db.series.count(),
  ]);
  return { posts, bylines, postTags, comments, contributors, users, tags, series };
}

describe("the --scale flag", () => {
  it("accepts a positive whole number up to a million", () => {
    expect(parseSeedArgs(["--scale", "100000"])).toEqual({ scale: 100000 });
    expect(parseSeedArgs(["--scale=1000000"])).toEqual({ scale: 1_000_000 });
    expect(parseSeedArgs([])).toEqual({ scale: undefined });
  });

  it.each([["0"], ["-5"], ["12.5"], ["lots"], ["1000001"], [""]])(
    "refuses --scale %j with a message naming the flag",
    (value) => {
      expect(() => parseSeedArgs(["--scale", value])).toThrow(FlagError);
      expect(() => parseSeedArgs(["--scale", value])).toThrow(/--scale/);
    },
  );

  it("refuses a missing value and unknown flags", () => {
    expect(() => parseSeedArgs(["--scale"])).toThrow(FlagError);
    expect(() => parseSeedArgs(["--scales", "5"])).toThrow(FlagError);
  });
});

describe("scale seeding", () => {
  it("refuses to run in production and writes nothing", async () => {
    await expect(seedScale(url(), { ...options, posts: 10, nodeEnv: "production" })).rejects.toThrow(ScaleSeedRefused);
    expect(await tableCounts()).toEqual({
      posts: 0,
      bylines: 0,
      postTags: 0,
      comments: 0,
      contributors: 0,
      users: 0,
      tags: 0,
      series: 0,
    });
  });

  it("creates 300 published posts, each with a byline and one to four tags", async () => {
    const result = await seedScale(url(), { ...options, posts: 300, batchSize: 64 });
    expect(result.posts).toBe(300);
    expect(result.seconds).toBeGreaterThan(0);

    const posts = await db.post.findMany({
      where: scalePosts,
      select: {
        slug: true,
        status: true,
        publishedAt: true,
        language: true,
        seriesId: true,
        seriesPosition: true,
        _count: { select: { bylines: true, tags: true } },
      },
    });
    expect(posts).toHaveLength(300);
    expect(new Set(posts.map((p) => p.slug))).toEqual(new Set(Array.from({ length: 300 }, (_, i) => scaleSlug(i + 1))));
    for (const post of posts) {
      expect(post.status).toBe("PUBLISHED");
      expect(post.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
      expect(post._count.bylines).toBeGreaterThanOrEqual(1);
      expect(post._count.tags).toBeGreaterThanOrEqual(1);
      expect(post._count.tags).toBeLessThanOrEqual(4);
    }
    // The mix the brief asks for, loosely: co-authored pieces, series, Dutch posts, a decade of dates.
    expect(posts.filter((p) => p._count.bylines > 1).length).toBeGreaterThan(10);
    expect(posts.filter((p) => p.seriesId).length).toBeGreaterThan(20);
    expect(posts.filter((p) => p.language === "nl-NL").length).toBeGreaterThan(10);
    const years = new Set(posts.map((p) => p.publishedAt!.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(8);
  });

  it("gives comments to readers without passwords, mostly approved and some pending", async () => {
    const comments = await db.comment.groupBy({ by: ["status"], _count: true });
    const byStatus = Object.fromEntries(comments.map((c) => [c.status, c._count]));
    expect(byStatus.APPROVED).toBeGreaterThan(300 * 2);
    expect(byStatus.PENDING).toBeGreaterThan(0);
    const authors = await db.user.findMany({
      where: { comments: { some: {} } },
      select: { role: true, passwordHash: true },
    });
    expect(authors.every((u) => u.role === "READER" && u.passwordHash === null)).toBe(true);
  });

  it("numbers the parts of each series once, in publication order", async () => {
    const parts = await db.post.findMany({
      where: { ...scalePosts, seriesId: { not: null } },
      orderBy: [{ seriesId: "asc" }, { seriesPosition: "asc" }],
      select: { seriesId: true, seriesPosition: true, publishedAt: true },
    });
    for (let i = 1; i < parts.length; i++) {
      const [before, after] = [parts[i - 1]!, parts[i]!];
      if (before.seriesId !== after.seriesId) continue;
      expect(after.seriesPosition).toBeGreaterThan(before.seriesPosition!);
      expect(after.publishedAt!.getTime()).toBeGreaterThan(before.publishedAt!.getTime());
    }
  });

  it("stores the HTML, text, headings and word count the Markdown renderer makes of each body", async () => {
    const sample = await db.post.findMany({
      where: scalePosts,
      orderBy: { slug: "asc" },
      take: 40,
      select: { body: true, html: true, plainText: true, headings: true, wordCount: true, readingMinutes: true },
    });
    for (const post of sample) {
      const rendered = render(post.body, "article");
      expect(post.html).toBe(rendered.html);
      expect(post.plainText).toBe(rendered.text);
      expect(post.headings).toEqual(rendered.headings);
      expect(post.wordCount).toBe(rendered.wordCount);
      expect(post.readingMinutes).toBe(rendered.readingMinutes);
    }
    expect(sample.some((p) => (p.headings as unknown[]).length > 0)).toBe(true);
  });

  it("creates nothing when run again with the same number", async () => {
    const before = await tableCounts();
    const result = await seedScale(url(), { ...options, posts: 300 });
    const { seconds, ...added } = result;
    expect(seconds).toBeGreaterThanOrEqual(0);
    expect(Object.values(added).every((n) => n === 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it("adds only the difference when the number grows", async () => {
    const result = await seedScale(url(), { ...options, posts: 350 });
    expect(result.posts).toBe(50);
    expect(await db.post.count({ where: scalePosts })).toBe(350);
  });

  it("leaves every scale post visible in the public listing", async () => {
    const listed = new Set<string>();
    for (let page = 1; ; page++) {
      const result = await listPublishedPosts({ kind: "all" }, page);
      for (const item of result.items) listed.add(item.slug);
      if (!result.hasNext) break;
    }
    for (let i = 1; i <= 350; i++) expect(listed.has(scaleSlug(i)), scaleSlug(i)).toBe(true);
  });

  it("writes nothing of a batch in which one row fails", async () => {
    const now = new Date();
    const sql = openSql(url(), 1);
    onTestFinished(() => sql.end());
    const { pools } = await ensurePools(sql, { posts: 350, seriesBlocks: [seriesBlockOf(1001)], now, quiet: true });
    const sizes = { contributors: pools.contributors.length, tags: pools.tags.length, sections: pools.sections.length };
    const plans = [1001, 1002, 1003].map((index) => planPost(index, sizes, now));
    const rows = buildBatch(plans, pools, now);
    rows.bylines.contributorId[rows.bylines.contributorId.length - 1] = "no-such-contributor";
    const before = await tableCounts();
    await expect(insertBatch(sql, rows, null, now)).rejects.toThrow(/foreign key/);
    expect(await tableCounts()).toEqual(before);
  });
});

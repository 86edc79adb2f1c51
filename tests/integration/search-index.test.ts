import { beforeAll, describe, expect, it } from "vitest";
import { db, Prisma } from "../../lib/db";
import { rankedCountSql, rankedPageSql, similarTitlesSql } from "../../lib/search/data/sql";

// The search's own SQL must be answerable from the GIN indexes, not by
// reading every post. Tens of thousands of posts (inserted in bulk, their
// search documents built by the trigger) and fresh statistics let the planner
// choose as it would on a real archive: with a few thousand, reading the whole
// table is rightly the cheaper plan now that the words are parsed once per
// query rather than once per row.

const ROWS = 20_000;

beforeAll(async () => {
  await db.$executeRaw`
    INSERT INTO "Post" ("id", "slug", "title", "plainText", "language", "status", "publishedAt", "updatedAt")
    SELECT 'bulk-' || n, 'bulk-' || n, 'Estate ' || (n % 97) || ' report ' || md5(n::text),
           'Inspection notes for block ' || (n % 211) || ': token' || n || ' checked, gutters and roofs in order.',
           CASE WHEN n % 3 = 0 THEN 'nl-NL' ELSE 'en-GB' END, 'PUBLISHED', now() - n * interval '1 hour', now()
    FROM generate_series(1, ${ROWS}::int) AS n`;
  await db.$executeRaw`ANALYZE "Post"`;
});

type Runner = Pick<typeof db, "$queryRaw">;

async function plan(sql: Prisma.Sql, runner: Runner = db): Promise<string> {
  const rows = await runner.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

class RollBack extends Error {
  constructor(readonly plan: string) {
    super("roll back");
  }
}

/**
 * The plan when the planner may neither read the whole table nor use the
 * B-tree indexes on status and dates (dropped inside a transaction that is
 * rolled back). On a test-sized table those can look cheaper than a GIN
 * index; the question here is whether the query can use the GIN index at all
 * (it couldn't if, say, `<%` became `word_similarity(…) > 0.6`).
 */
async function planWithGinOnly(sql: Prisma.Sql): Promise<string> {
  try {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const btrees = await tx.$queryRaw<{ name: string }[]>`
        SELECT indexname AS name FROM pg_indexes
        WHERE tablename = 'Post' AND indexdef NOT LIKE '%UNIQUE%' AND indexdef NOT LIKE '%USING gin%'`;
      for (const { name } of btrees) await tx.$executeRaw(Prisma.sql`DROP INDEX ${Prisma.raw(`"${name}"`)}`);
      throw new RollBack(await plan(sql, tx));
    });
  } catch (err) {
    if (err instanceof RollBack) return err.plan;
    throw err;
  }
  throw new Error("the transaction was meant to roll back");
}

/** A title word of one bulk post with a character dropped: like that title, unlike the rest. */
async function mistypedTitleWord(): Promise<string> {
  const [row] = await db.$queryRaw<{ word: string }[]>`SELECT md5('1234') AS word`;
  return row!.word.slice(0, 10) + row!.word.slice(11, 16);
}

describe("search query plans", () => {
  it("the trigger built a search document for every bulk-inserted post", async () => {
    const [row] = await db.$queryRaw<{ missing: number }[]>`
      SELECT count(*)::int AS missing FROM "Post" WHERE "searchVector" IS NULL OR "searchVector" = ''::tsvector`;
    expect(row?.missing).toBe(0);
  });

  it("left to itself, the planner answers a selective search from the GIN index", async () => {
    expect(await plan(rankedCountSql("token1234", {}, new Date()))).toContain(
      'Bitmap Index Scan on "Post_searchVector_idx"',
    );
  });

  it("both ranked queries (count and page) can read candidates from the GIN index", async () => {
    const now = new Date();
    for (const sql of [
      rankedCountSql("token1234", {}, now),
      rankedPageSql("token1234 gutters", { type: "BLOG" }, 1, now),
    ]) {
      const text = await planWithGinOnly(sql);
      expect(text).toContain('Index Scan on "Post_searchVector_idx"');
      expect(text).not.toMatch(/Seq Scan on "Post"/);
    }
  });

  it("the similar-titles fallback can read the trigram index on titles", async () => {
    const word = await mistypedTitleWord();
    const text = await planWithGinOnly(similarTitlesSql(word, {}, new Date()));
    expect(text).toContain('Index Scan on "Post_title_trgm_idx"');
    expect(text).not.toMatch(/Seq Scan on "Post"/);
    // And it finds the post whose title it resembles.
    const rows = await db.$queryRaw<{ id: string }[]>(similarTitlesSql(word, {}, new Date()));
    expect(rows.map((r) => r.id)).toEqual(["bulk-1234"]);
  });
});

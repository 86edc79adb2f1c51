import { progressBar } from "../cli/progress";
import { DemoAccountsRefused } from "./demo-accounts";
import { buildBatch, insertBatch, type BatchRows } from "./scale/batch";
import { planPost, seriesBlockOf, seriesOfBlock, seriesPositionOf } from "./scale/plan";
import { ensurePools, type PoolCounts } from "./scale/pools";
import { openSql, type Sql } from "./scale/sql";

// `npm run db:seed -- --scale N`: N generated published posts (scale-000001 …)
// with contributors, bylines, tags, sections, series and reader comments, for
// load tests and for seeing how pages behave with a decade of content.
//
// Idempotent by slug: posts that exist are skipped, so the same N adds nothing
// and a larger N adds the difference. Each batch is its own transaction rather
// than one transaction for everything: a single 100k-post transaction would
// hold hundreds of thousands of row locks and a long-lived snapshot, keep
// every row in WAL before anything becomes visible, and throw all of it away
// on a failure at 99 %. Per batch, a failure loses one batch, never half a
// post, and the next run fills exactly the gap.

/** Refused with NODE_ENV=production; a subclass so command-line scripts print it as one line. */
export class ScaleSeedRefused extends DemoAccountsRefused {}

export interface ScaleOptions {
  /** How many scale posts should exist afterwards (scale-000001 … scale-N). */
  posts: number;
  nodeEnv: string;
  batchSize?: number;
  /** Batches written at the same time, each in its own transaction. */
  concurrency?: number;
  quiet?: boolean;
  now?: Date;
}

export interface ScaleResult extends PoolCounts {
  posts: number;
  bylines: number;
  postTags: number;
  comments: number;
  seconds: number;
}

async function existingIndexes(sql: Sql): Promise<Set<number>> {
  const rows = await sql.query<{ n: number }>(
    `SELECT substring(slug from 7)::int AS n FROM "Post" WHERE slug ~ '^scale-[0-9]{6,7}$'`,
  );
  return new Set(rows.map((row) => row.n));
}

function count(rows: BatchRows) {
  return { posts: rows.posts.id.length, bylines: rows.bylines.id.length, postTags: rows.tags.postId.length, comments: rows.comments.id.length };
}

/** Seeds the database at `databaseUrl` (see scripts/lib/content/scale/sql.ts for why not through lib/db). */
export async function seedScale(databaseUrl: string, options: ScaleOptions): Promise<ScaleResult> {
  if (options.nodeEnv === "production") {
    throw new ScaleSeedRefused("Scale content is never generated when NODE_ENV=production.");
  }
  const sql = openSql(databaseUrl, (options.concurrency ?? 2) + 1);
  try {
    return await seed(sql, options);
  } finally {
    await sql.end();
  }
}

async function seed(sql: Sql, options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const quiet = options.quiet ?? false;
  const batchSize = options.batchSize ?? 2000;
  const concurrency = options.concurrency ?? 2;

  const existing = await existingIndexes(sql);
  const missing: number[] = [];
  for (let index = 1; index <= options.posts; index++) if (!existing.has(index)) missing.push(index);

  const blocks = new Set<number>();
  for (const index of missing) {
    const block = seriesBlockOf(index);
    if (seriesPositionOf(index, seriesOfBlock(block)) !== null) blocks.add(block);
  }
  const { pools, counts } = await ensurePools(sql, { posts: options.posts, seriesBlocks: [...blocks], now, quiet });
  const sizes = { contributors: pools.contributors.length, tags: pools.tags.length, sections: pools.sections.length };

  const result: ScaleResult = { ...counts, posts: 0, bylines: 0, postTags: 0, comments: 0, seconds: 0 };
  const progress = quiet || !missing.length ? undefined : progressBar("Posts, bylines, tags, comments", missing.length);
  // Builds the next batch while the database writes earlier ones: the
  // generator needs this process's CPU, the inserts mostly PostgreSQL's, and
  // two writers keep both of a small machine's cores busy.
  const inFlight: Promise<void>[] = [];
  for (let start = 0; start < missing.length; start += batchSize) {
    const plans = missing.slice(start, start + batchSize).map((index) => planPost(index, sizes, now));
    const rows = buildBatch(plans, pools, now);
    if (inFlight.length >= concurrency) await inFlight.shift();
    const write = insertBatch(sql, rows, pools.editorId, now).then(() => {
      const added = count(rows);
      result.posts += added.posts;
      result.bylines += added.bylines;
      result.postTags += added.postTags;
      result.comments += added.comments;
      progress?.tick(added.posts);
    });
    // A failure is thrown by the `await` that takes this write off the queue;
    // this only stops Node from calling it unhandled until then.
    write.catch(() => {});
    inFlight.push(write);
  }
  await Promise.all(inFlight);
  progress?.done();
  // Fresh statistics, so the very next query plans for 100k rows, not for the empty table autovacuum last saw.
  if (result.posts) await sql.query(`ANALYZE "Post", "Byline", "PostTag", "Comment"`);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNextServer, waitUntilAnswering, type BenchServer } from "../../scripts/lib/bench/server";
import { ensureNextBuild } from "../../scripts/lib/cli/build";
import { ensureDatabase } from "../../lib/db/database";
import { migrate } from "../../lib/db/migrate/runner";
import { startTestCluster, type TestCluster } from "../../lib/db/throwaway-cluster";
import { freePort } from "../helpers/free-port";
import { sqlOn as sql } from "../helpers/sql";
import { startTestRedis, type TestRedis } from "../helpers/redis-server";

// Two production servers of one build, on one database and one Redis, as two
// machines would run them: each has its own copy of the build folder, so
// nothing reaches one from the other but Redis (and the database). A change
// announced to instance A is served by instance B on its next request;
// without Redis both keep serving; when Redis is back, sharing resumes.
// SHARED_CACHE_TEST_PORTS="PG,A,B" picks the ports on a shared machine.

const LONG = 900_000;
const BUILD = ".next-shared-cache-test";
const SECRET = "shared-cache-test-internal-secret-0123456789";

let postgres: TestCluster;
let redis: TestRedis;
const servers: Array<BenchServer & { url: string }> = [];
let post: { id: string; slug: string; title: string };

async function ports(): Promise<[number, number, number]> {
  const given = process.env.SHARED_CACHE_TEST_PORTS?.split(",").map(Number);
  if (given?.length === 3 && given.every(Number.isInteger)) return given as [number, number, number];
  return [await freePort(), await freePort(), await freePort()];
}

async function get(server: { url: string }, pathname: string) {
  const response = await fetch(server.url + pathname, { signal: AbortSignal.timeout(20_000) });
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), body: await response.text() };
}

async function revalidateThrough(server: { url: string }, postIds: string[]) {
  const response = await fetch(`${server.url}/api/internal/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
    body: JSON.stringify({ postIds }),
  });
  expect(response.status).toBe(200);
}

/** Waits for a line in the server's log: what the server says, not a guess at how long it takes. */
async function logged(server: BenchServer, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(server.output())) {
    if (Date.now() > deadline) throw new Error(`No log line ${pattern} within ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let databaseUrl = "";

describe("two production servers sharing their cache through Redis", () => {
  beforeAll(async () => {
    const [pgPort, portA, portB] = await ports();
    postgres = await startTestCluster("postgres-shared-cache", pgPort);
    const name = "masthead_shared_cache";
    await ensureDatabase(postgres.maintenanceUrl, name);
    databaseUrl = postgres.urlFor(name);
    await migrate(databaseUrl);
    const siteUrl = `http://127.0.0.1:${portA}`;
    process.env.DATABASE_URL = databaseUrl;
    const { db, disconnectDb } = await import("../../lib/db");
    const { seedDemo } = await import("../../scripts/lib/content/seed");
    await seedDemo(db, { nodeEnv: "test", siteUrl, quiet: true });
    await disconnectDb();

    process.env.MASTHEAD_DIST_DIR = BUILD;
    process.env.SITE_URL = siteUrl;
    await ensureNextBuild({ databaseUrl });
    // B's own copy of the build (less Next's build cache): the pages A writes to its disk stay A's.
    rmSync(`${BUILD}-b`, { recursive: true, force: true });
    cpSync(BUILD, `${BUILD}-b`, { recursive: true, filter: (source) => source !== path.join(BUILD, "cache") });

    redis = await startTestRedis();
    for (const [port, dist] of [
      [portA, BUILD],
      [portB, `${BUILD}-b`],
    ] as const) {
      const server = startNextServer({
        port,
        env: {
          DATABASE_URL: databaseUrl,
          SITE_URL: siteUrl,
          MASTHEAD_DIST_DIR: dist,
          REDIS_URL: redis.url,
          INTERNAL_API_SECRET: SECRET,
          NEXTAUTH_SECRET: `${SECRET}-sessions`,
          MASTHEAD_IN_PROCESS_SCHEDULER: "false",
        },
      });
      servers.push({ ...server, url: `http://127.0.0.1:${port}` });
      await waitUntilAnswering(server, `http://127.0.0.1:${port}`);
    }
    const [newest] = await sql<typeof post>(
      databaseUrl,
      `SELECT id, slug, title FROM "Post" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    post = newest!;
  }, LONG);

  afterAll(async () => {
    // The database is kept between runs (a new one would mean a new build): leave the title as found.
    if (post) await sql(databaseUrl, `UPDATE "Post" SET title = $1 WHERE id = $2`, [post.title, post.id]);
    for (const server of servers) await server.stop();
    await redis?.dispose();
    await postgres?.stop();
    rmSync(`${BUILD}-b`, { recursive: true, force: true });
  }, LONG);

  it(
    "B serves the page A rendered, and the change announced to A on its very next request",
    async () => {
      const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
      const article = `/articles/${post.slug}`;
      await get(a, article);
      expect((await get(a, article)).cache).toBe("HIT");
      // B never rendered it, and has no copy on its disk: Redis holds A's.
      const fromRedis = await get(b, article);
      expect(fromRedis).toMatchObject({ status: 200, cache: "HIT" });
      expect(fromRedis.body).toContain(post.title);

      const changed = `${post.title} (corrected)`;
      await sql(databaseUrl, `UPDATE "Post" SET title = $1 WHERE id = $2`, [changed, post.id]);
      await revalidateThrough(a, [post.id]);
      expect((await get(b, article)).body).toContain(changed);
      expect((await get(a, article)).body).toContain(changed);
      expect((await get(b, "/")).body).toContain(changed);
    },
    LONG,
  );

  it(
    "both keep serving while Redis is stopped, and share again once it is back",
    async () => {
      const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
      const article = `/articles/${post.slug}`;
      await redis.stop();
      for (const server of servers) {
        const startedAt = performance.now();
        const page = await get(server, article);
        expect(page.status).toBe(200);
        expect(performance.now() - startedAt).toBeLessThan(5_000);
        expect((await get(server, "/")).status).toBe(200);
        await logged(server, /Redis at 127\.0\.0\.1:\d+ went away/);
      }

      await redis.start();
      for (const server of servers) await logged(server, /Redis at 127\.0\.0\.1:\d+ is back/);
      const again = `${post.title} (second correction)`;
      await sql(databaseUrl, `UPDATE "Post" SET title = $1 WHERE id = $2`, [again, post.id]);
      await revalidateThrough(a, [post.id]);
      expect((await get(b, article)).body).toContain(again);
      expect((await get(a, article)).body).toContain(again);
      // The outage was logged once per server, not once per request.
      for (const server of servers) expect(server.output().match(/went away/g)).toHaveLength(1);
    },
    LONG,
  );
});

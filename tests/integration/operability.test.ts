import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { enqueue } from "../../lib/jobs/queue";
import { metricsResponse } from "../../lib/ops/metrics-endpoint";
import { readiness } from "../../lib/ops/readiness";
import { installGracefulShutdown } from "../../lib/ops/shutdown";

// Readiness and the metrics endpoint against a real database: the checks
// /readyz and /metrics make (tests/slow/operability.test.ts drives them
// through the production server).

const TOKEN = "a-metrics-token-for-the-tests";
const scrape = (headers: Record<string, string> = {}, token: string | null = TOKEN) =>
  metricsResponse(new Request("http://localhost/metrics", { headers }), token ?? undefined);

// The shutdown test's signal handlers go again, leaving the test runner's own.
const runnerListeners = { SIGTERM: process.listeners("SIGTERM"), SIGINT: process.listeners("SIGINT") };
afterAll(() => {
  for (const [signal, keep] of Object.entries(runnerListeners)) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!keep.includes(listener)) process.off(signal, listener);
    }
  }
});

describe("readiness", () => {
  it("is ready when the database answers and every migration is applied", async () => {
    expect(await readiness()).toEqual({ ready: true });
  });

  it("is not ready while a migration of this build is missing from the database", async () => {
    const [latest] = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${latest!.migration_name}`;
    try {
      expect(await readiness()).toEqual({ ready: false, reason: "1 migration(s) not applied" });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${latest!.migration_name}`;
    }
    expect(await readiness()).toEqual({ ready: true });
  });
});

describe("the metrics endpoint", () => {
  it("does not exist without a configured token", async () => {
    expect((await scrape({ authorization: `Bearer ${TOKEN}` }, null)).status).toBe(404);
  });

  it("refuses a missing, wrong or merely similar token", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN.slice(0, -1)}` })).status).toBe(401);
    expect((await scrape({ authorization: TOKEN })).status).toBe(401);
    const refused = await scrape({ authorization: "Bearer wrong" });
    expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
  });

  it("counts the job queue by state and reports the pool, for the right token", async () => {
    await db.$transaction(async (tx) => {
      await enqueue(tx, "operability-test-due", {});
      await enqueue(tx, "operability-test-due", {});
      await enqueue(tx, "operability-test-later", {}, { runAt: new Date(Date.now() + 3_600_000) });
      await enqueue(tx, "operability-test-failed", {}, { maxAttempts: 1 });
    });
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts
      WHERE task_id = (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'operability-test-failed')`;

    const response = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(text).toMatch(/^masthead_job_queue_jobs\{state="waiting"\} 2$/m);
    expect(text).toMatch(/^masthead_job_queue_jobs\{state="scheduled"\} 1$/m);
    expect(text).toMatch(/^masthead_job_queue_jobs\{state="running"\} 0$/m);
    expect(text).toMatch(/^masthead_job_queue_jobs\{state="failed"\} 1$/m);
    expect(text).toMatch(/^masthead_db_pool_connections [1-9]\d*$/m);
    expect(text).toMatch(/^masthead_db_pool_waiting_queries 0$/m);
    expect(text).toContain("# TYPE masthead_http_request_duration_seconds histogram");
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
  });
});

describe("shutting down", () => {
  it("is no longer ready once shutdown begins, stops the background work and closes the database before exiting 0", async () => {
    const steps: string[] = [];
    let exitCode: number | undefined;
    const { shutdown } = installGracefulShutdown({
      timeoutMs: 10_000,
      stopBackground: async () => {
        steps.push("background stopped");
      },
      closeDatabase: async () => {
        steps.push("database closed");
      },
      exit: (code) => {
        exitCode = code;
      },
    });
    const done = shutdown("SIGTERM");
    expect(await readiness()).toEqual({ ready: false, reason: "shutting down" });
    await done;
    expect(exitCode).toBe(0);
    expect(steps).toEqual(["background stopped", "database closed"]);
  });
});

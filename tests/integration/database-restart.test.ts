import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { ensureDatabase } from "../../lib/db/database";
import { migrate } from "../../lib/db/migrate/runner";
import { databaseDownSince } from "../../lib/database-health";
import { DatabaseUnavailable } from "../../lib/errors";
import { startRestartableCluster, type RestartableCluster } from "../helpers/restartable-cluster";

// PostgreSQL restarted under a live pool (a cluster of its own, so nobody
// else's tests see the outage): the process keeps running, every query in
// the outage fails with the typed DatabaseUnavailable, and the same client
// works again once the server is back, without being rebuilt.

let cluster: RestartableCluster;
let db: Db;

beforeAll(async () => {
  cluster = await startRestartableCluster(".data/postgres-restart-test");
  await ensureDatabase(cluster.url("postgres"), "masthead_restart");
  await migrate(cluster.url("masthead_restart"));
  db = createDb(cluster.url("masthead_restart"));
});

afterAll(async () => {
  await db?.$disconnect();
  await cluster?.close();
});

async function fillThePool(): Promise<void> {
  // Several connections at once, so idle ones are left in the pool for the restart to break.
  await Promise.all(Array.from({ length: 5 }, () => db.$queryRaw`SELECT 1 FROM pg_sleep(0.05)`));
}

describe("a database restart under a live connection pool", () => {
  it("a query running when the server stops fails as DatabaseUnavailable, not a crash", async () => {
    await fillThePool();
    const running = db.$queryRaw`SELECT 1 FROM pg_sleep(30)`.then(
      () => "finished",
      (error: unknown) => error,
    );
    // The statement is on the server once pg_stat_activity shows it.
    await expect
      .poll(
        async () =>
          (
            await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()`
          )[0]?.n,
      )
      .toBe(1);
    await cluster.stop();
    expect(await running).toBeInstanceOf(DatabaseUnavailable);
  });

  it("queries, writes and transactions during the outage fail as DatabaseUnavailable", async () => {
    await expect(db.user.count()).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(
      db.tag.create({ data: { slug: "written-in-the-outage", name: "Written in the outage" } }),
    ).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(db.$transaction(async (tx) => tx.user.count())).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(db.$transaction([db.user.count(), db.post.count()])).rejects.toBeInstanceOf(DatabaseUnavailable);
    expect(databaseDownSince()).not.toBeNull();
  });

  it("the unavailable error says to try again and carries the driver's error as its cause", async () => {
    const error = await db.user.count().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailable);
    expect((error as Error).message).toMatch(/try again/);
    expect((error as Error).cause).toBeDefined();
  });

  it("the same client answers again as soon as the server is back, with the dropped connections replaced", async () => {
    await cluster.start();
    expect(await db.user.count()).toBeGreaterThanOrEqual(0);
    await fillThePool();
    expect(await db.$transaction(async (tx) => tx.user.count())).toBeGreaterThanOrEqual(0);
    expect(databaseDownSince()).toBeNull();
  });

  it("nothing written during the outage appears afterwards", async () => {
    expect(await db.tag.count({ where: { slug: "written-in-the-outage" } })).toBe(0);
  });
});

import { afterAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { DatabaseUnavailable } from "../../lib/errors";

// DATABASE_POOL_SIZE and DATABASE_STATEMENT_TIMEOUT_MS reach node-postgres:
// a process never holds more connections than its pool size, and
// PostgreSQL cancels a statement that runs past the timeout.

const clients: Db[] = [];
const client = (settings: Parameters<typeof createDb>[1]) => {
  const made = createDb(process.env.DATABASE_URL!, settings);
  clients.push(made);
  return made;
};
afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

describe("database pool settings", () => {
  it("cancels a statement that runs longer than the statement timeout, as an error that is not an outage", async () => {
    const db = client({ statementTimeoutMs: 200 });
    const error = await db.$queryRaw`SELECT pg_sleep(5)`.catch((e: unknown) => e);
    expect(String(error)).toMatch(/statement timeout/);
    expect(error).not.toBeInstanceOf(DatabaseUnavailable);
    // The connection stays usable.
    expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("opens at most the pool size of connections, however many queries wait", async () => {
    const db = client({ poolSize: 2 });
    const marker = `pool-size-${Date.now()}`;
    const running = Array.from({ length: 6 }, () =>
      db.$queryRawUnsafe(`SELECT 1 AS slept FROM pg_sleep(0.3) /* ${marker} */`).then(() => "done"),
    );
    const peak = client({});
    const connections = async () => {
      const [{ count }] = await peak.$queryRawUnsafe<[{ count: bigint }]>(
        `SELECT count(*) AS count FROM pg_stat_activity WHERE query LIKE '%${marker}%' AND query NOT LIKE '%pg_stat_activity%'`,
      );
      return Number(count);
    };
    // Started at once (.then: Prisma's queries are lazy), they take three rounds of two; look while they run.
    const seen = [await vi.waitFor(async () => (await connections()) || Promise.reject(new Error("not started")))];
    while (seen.length < 5) seen.push(await connections());
    await Promise.all(running);
    expect(Math.max(...seen)).toBeLessThanOrEqual(2);
  });
});

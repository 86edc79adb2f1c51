import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { checksumOf, readMigrations, type MigrationFile } from "../../lib/db/migrate/files";
import { migrate, MigrationError } from "../../lib/db/migrate/runner";
import { createScratchDatabase } from "../helpers/scratch-database";

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

async function scratch() {
  const db = await createScratchDatabase();
  drops.push(db.drop);
  return db.url;
}

/** Advisory locks requested in this database and not yet granted. */
async function waitingAdvisoryLocks(url: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM pg_locks
     WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return row!.n;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function fakeMigration(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: checksumOf(sql) };
}

describe("the offline migration runner", () => {
  it("applies every migration to a fresh database and records them as Prisma Migrate does", async () => {
    const url = await scratch();
    const result = await migrate(url);
    const local = readMigrations();
    expect(result.applied).toEqual(local.map((m) => m.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
      id: string;
    }>(url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(local[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const columns = await query<{ column_name: string; data_type: string }>(
      url,
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      "id",
      "checksum",
      "finished_at",
      "migration_name",
      "logs",
      "rolled_back_at",
      "started_at",
      "applied_steps_count",
    ]);
  });

  it("applies nothing when run a second time", async () => {
    const url = await scratch();
    await migrate(url);
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
    const [count] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(count!.n).toBe(readMigrations().length);
  });

  it("refuses a migration whose file changed after it was applied, and applies nothing after it", async () => {
    const url = await scratch();
    const first = fakeMigration("20260101000000_one", `CREATE TABLE "One" ("id" INTEGER);`);
    await migrate(url, { migrations: [first] });
    const edited = fakeMigration(first.name, `CREATE TABLE "One" ("id" INTEGER, "extra" TEXT);`);
    const second = fakeMigration("20260102000000_two", `CREATE TABLE "Two" ("id" INTEGER);`);

    await expect(migrate(url, { migrations: [edited, second] })).rejects.toThrow(/was modified after it was applied/);
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_name = 'Two'`,
    );
    expect(tables).toEqual([]);
  });

  it("refuses to go on when an applied migration is missing locally", async () => {
    const url = await scratch();
    await migrate(url, { migrations: [fakeMigration("20260101000000_one", `SELECT 1;`)] });
    await expect(migrate(url, { migrations: [] })).rejects.toThrow(MigrationError);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = await scratch();
    const broken = fakeMigration(
      "20260101000000_broken",
      `CREATE TABLE "Half" ("id" INTEGER); SELECT * FROM "does_not_exist";`,
    );
    await expect(migrate(url, { migrations: [broken] })).rejects.toThrow(/failed and was rolled back/);
    expect(await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toEqual([]);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations"`)).toEqual([]);
  });

  it("lets only one of two concurrent runs apply each migration", async () => {
    const url = await scratch();
    // A migration that is slow and would fail if applied twice (no IF NOT EXISTS).
    const slow = fakeMigration("20260101000000_slow", `SELECT pg_sleep(0.5); CREATE TABLE "Once" ("id" INTEGER);`);
    const [a, b] = await Promise.all([migrate(url, { migrations: [slow] }), migrate(url, { migrations: [slow] })]);
    expect([...a.applied, ...b.applied]).toEqual([slow.name]);
    const [count] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(count!.n).toBe(1);
  });

  it("waits for the advisory lock Prisma Migrate itself takes", async () => {
    const url = await scratch();
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(72707369)");
    let finished = false;
    const run = migrate(url, { migrations: [fakeMigration("20260101000000_one", "SELECT 1;")] }).then((r) => {
      finished = true;
      return r;
    });
    // The run is queued on the lock, not merely slow to start.
    await expect.poll(() => waitingAdvisoryLocks(url), { timeout: 10_000 }).toBe(1);
    expect(finished).toBe(false);
    await holder.query("SELECT pg_advisory_unlock(72707369)");
    await holder.end();
    expect((await run).applied).toEqual(["20260101000000_one"]);
  });
});

import { randomUUID } from "node:crypto";
import pg from "pg";
import { installQueue } from "../../jobs/queue";
import { readMigrations, type MigrationFile } from "./files";

// Applies prisma/migrations without Prisma's schema-engine binary, recording
// each one in _prisma_migrations exactly as Prisma Migrate does, so that
// `prisma migrate deploy` / `status` on a machine with the engine agree.
// The job queue's own schema is then installed or upgraded by its engine, so
// every migrated database (a fresh one, a test template, a restored one) can
// take jobs.

/** The advisory lock key Prisma Migrate itself takes, so our runs and its runs exclude each other. */
export const MIGRATION_LOCK_KEY = 72707369;

const MIGRATIONS_TABLE_DDL = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export class MigrationError extends Error {}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export async function migrate(
  databaseUrl: string,
  options: { migrations?: MigrationFile[]; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const migrations = options.migrations ?? readMigrations();
  const log = options.log ?? (() => {});
  const result = await applyMigrations(databaseUrl, migrations, log);
  await installQueue(databaseUrl);
  return result;
}

async function applyMigrations(
  databaseUrl: string,
  migrations: MigrationFile[],
  log: (line: string) => void,
): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(MIGRATIONS_TABLE_DDL);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
         WHERE rolled_back_at IS NULL ORDER BY started_at`,
      );
      const applied = checkHistory(rows, migrations);
      const pending = migrations.filter((m) => !applied.has(m.name));
      for (const migration of pending) {
        log(`Applying ${migration.name}`);
        await applyOne(client, migration);
      }
      return { applied: pending.map((m) => m.name), alreadyApplied: applied.size };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

function checkHistory(rows: AppliedRow[], migrations: MigrationFile[]): Set<string> {
  const local = new Map(migrations.map((m) => [m.name, m]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish. Inspect the database, then mark it ` +
          `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}') and run db:migrate again.`,
      );
    }
    const file = local.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `Migration ${row.migration_name} is applied to the database but missing from prisma/migrations. Restore it from version control.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${file.checksum.slice(0, 12)}… ≠ recorded ${row.checksum.slice(0, 12)}…). ` +
          `Never edit an applied migration: revert the file and put the change in a new migration.`,
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back, nothing of it was applied: ${(err as Error).message}`,
    );
  }
}

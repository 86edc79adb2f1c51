import "server-only";
import { db } from "../../db";
import { readMigrations } from "../../db/migrate/files";

// What /readyz asks the database: does it answer, and has every migration of
// this build been applied (a server started by hand against a database that
// `npm run db:migrate` has not reached yet would fail on its first query).

/** The migrations this server was built with: read from prisma/migrations once, as they are fixed for its lifetime. */
let expected: string[] | undefined;

export async function pendingMigrations(): Promise<string[]> {
  expected ??= readMigrations().map((migration) => migration.name);
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return expected.filter((name) => !applied.has(name));
}

import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { dropDatabase, ensureDatabase } from "../../lib/db/database";
import { disconnectDb } from "../../lib/db";

// Runs before each integration test file: the file gets a database of its
// own, copied from the migrated template, and lib/db connects to it.

const name = `masthead_test_${randomBytes(5).toString("hex")}`;
await ensureDatabase(inject("maintenanceUrl"), name, inject("templateDatabase"));
process.env.DATABASE_URL = testDatabaseUrl(name);

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(inject("maintenanceUrl"), name);
});

export function testDatabaseUrl(database: string): string {
  return inject("databaseUrlPattern").replace("__DATABASE__", database);
}

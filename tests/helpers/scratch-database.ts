import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { dropDatabase, ensureDatabase } from "../../lib/db/database";
import { testDatabaseUrl } from "./fresh-database";

/** An empty database (no migrations), dropped by the returned cleanup. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `masthead_scratch_${randomBytes(5).toString("hex")}`;
  await ensureDatabase(inject("maintenanceUrl"), name);
  return { url: testDatabaseUrl(name), drop: () => dropDatabase(inject("maintenanceUrl"), name) };
}

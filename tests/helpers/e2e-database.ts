import path from "node:path";
import { embeddedSuperuserUrl } from "../../lib/db/embedded";

// Where the end-to-end server's database lives, for scripts/e2e-server.ts
// and for browser tests that change rows behind the site's back.

export const E2E_DATABASE = "masthead_e2e";
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 5497);

export function e2eDatabaseUrl(): string {
  const external = process.env.DATABASE_URL;
  if (!external) {
    // The same folder as startTestCluster("postgres-e2e", …) in scripts/e2e-server.ts.
    const dataDir = path.join(process.env.MASTHEAD_DATA_DIR ?? ".data", "postgres-e2e");
    return embeddedSuperuserUrl(dataDir, E2E_PG_PORT, E2E_DATABASE);
  }
  const url = new URL(external);
  url.pathname = `/${E2E_DATABASE}`;
  return url.toString();
}

import path from "node:path";
import pg from "pg";
import { env } from "../env";
import { ensureAppDatabase } from "./app-role";
import { startEmbeddedPostgres } from "./embedded";
import { describeUnreachable } from "./probe";
import { readOrCreateSecret } from "./secret-file";

// How command-line processes (start, migrate, seed, tests) get a database:
// DATABASE_URL when set, otherwise the embedded server under MASTHEAD_DATA_DIR,
// reached as a role that owns only the site's database (lib/db/app-role.ts),
// with a password generated per installation (<data>/postgres-app-password).

export class DatabaseUnreachable extends Error {}

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = "masthead";
export const EMBEDDED_APP_ROLE = "masthead_app";

export async function openDatabase(): Promise<OpenDatabase> {
  const { DATABASE_URL, MASTHEAD_DATA_DIR, EMBEDDED_PG_PORT } = env();
  if (DATABASE_URL) {
    const problem = await describeUnreachable(DATABASE_URL);
    if (problem) throw new DatabaseUnreachable(problem);
    return { url: DATABASE_URL, embedded: false, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(MASTHEAD_DATA_DIR, "postgres"),
    port: EMBEDDED_PG_PORT,
  });
  try {
    const password = readOrCreateSecret(path.join(MASTHEAD_DATA_DIR, "postgres-app-password"));
    const app = { role: EMBEDDED_APP_ROLE, password, database: EMBEDDED_DATABASE };
    await ensureAppDatabase(server.url("postgres"), app);
    const url = new URL(server.url(EMBEDDED_DATABASE));
    url.username = app.role;
    url.password = password;
    return { url: url.toString(), embedded: true, close: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function ensureDatabase(maintenanceUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

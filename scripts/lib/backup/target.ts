import pg from "pg";
import type { MediaStorage } from "../../../lib/media/storage";
import { QUEUE_SCHEMA } from "../../../lib/jobs/queue-schema";
import { MIGRATIONS_TABLE, tablesInSchema } from "./catalog";

// What a restore would overwrite. A database counts as empty when no table
// has a row (a database `npm start` has only migrated is empty); the media
// store when it has nothing in it at all.

export interface TargetState {
  /** Tables in the public schema, migrations' bookkeeping included. */
  tables: string[];
  tablesWithRows: string[];
  mediaEntries: number;
}

export async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function inspectTarget(databaseUrl: string, media: MediaStorage): Promise<TargetState> {
  const { tables, tablesWithRows } = await withClient(databaseUrl, async (client) => {
    const tables = await tablesInSchema(client);
    const tablesWithRows: string[] = [];
    for (const table of tables.filter((t) => t !== MIGRATIONS_TABLE)) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${client.escapeIdentifier(table)} LIMIT 1`);
      if (rowCount) tablesWithRows.push(table);
    }
    return { tables, tablesWithRows };
  });
  const { files, skipped } = await media.list();
  return { tables, tablesWithRows, mediaEntries: files.length + skipped.length };
}

/**
 * Drops everything in the public schema, as its owner, and the job queue's
 * schema. The database owner owns public (PostgreSQL 15 and later), and the
 * site role created the queue's, so the embedded site role can, without
 * being a superuser.
 */
export async function wipeSchema(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    await client.query("BEGIN");
    await client.query("DROP SCHEMA public CASCADE");
    await client.query("CREATE SCHEMA public");
    // Jobs queued by the site being replaced (webhook messages about its posts) go with it; migrate() installs the queue again.
    await client.query(`DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE`);
    await client.query("COMMIT");
  });
}

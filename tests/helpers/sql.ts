import pg from "pg";

/** Runs one statement on its own connection to `databaseUrl`: tests that look at or change rows behind the app's back. */
export async function sqlOn<T>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

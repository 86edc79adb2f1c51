import pg from "pg";

// The scale loader talks to PostgreSQL through node-postgres rather than the
// Prisma client: Prisma 7.10 keeps the parameters of every raw query alive
// (measured: about 16 MB per 8 MB parameter, growing with each call), which
// for 100k posts of array parameters came to 1.7 GB of memory, and its
// per-statement overhead cost about a third of the insert time.

export interface Sql {
  query<Row extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; rolled back if it throws. */
  transaction(work: (sql: Pick<Sql, "query">) => Promise<void>): Promise<void>;
  end(): Promise<void>;
}

export function openSql(connectionString: string, connections: number): Sql {
  const pool = new pg.Pool({ connectionString, max: connections });
  const query = async <Row extends object>(text: string, params: unknown[] = []) =>
    (await pool.query<Row>(text, params)).rows;
  return {
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await work({ query: async <Row extends object>(text: string, params: unknown[] = []) => (await client.query<Row>(text, params)).rows });
        await client.query("COMMIT");
      } catch (err) {
        // A connection that cannot even roll back is dropped from the pool, not reused.
        const unusable = await client.query("ROLLBACK").then(() => false, () => true);
        client.release(unusable);
        throw err;
      }
      client.release();
    },
    end: () => pool.end(),
  };
}

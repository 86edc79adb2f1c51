import pg from "pg";
import { QUEUE_SCHEMA } from "../jobs/queue-schema";

// The embedded cluster's site role: it owns its one database and nothing
// else (NOSUPERUSER, NOCREATEDB, NOCREATEROLE), so a flaw in the site cannot
// read other databases, create roles or run programs as the server.

export interface AppDatabase {
  role: string;
  password: string;
  database: string;
}

const ROLE_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Another process starting at the same moment may have created it first. */
const unlessDuplicate = (error: { code?: string }) => {
  if (error.code !== "42710" && error.code !== "42P04") throw error;
};

/**
 * Creates (or brings up to date) the role and its database, as the
 * superuser at superuserUrl. A database made by an older Masthead, whose
 * tables the superuser owns, is handed over to the role in place.
 */
export async function ensureAppDatabase(superuserUrl: string, app: AppDatabase): Promise<void> {
  const databaseUrl = new URL(superuserUrl);
  databaseUrl.pathname = `/${app.database}`;
  await withClient(superuserUrl, async (client) => {
    const role = client.escapeIdentifier(app.role);
    const password = client.escapeLiteral(app.password);
    const database = client.escapeIdentifier(app.database);
    await client.query(`CREATE ROLE ${role} ${ROLE_ATTRIBUTES} PASSWORD ${password}`).catch(unlessDuplicate);
    await client.query(`ALTER ROLE ${role} ${ROLE_ATTRIBUTES} PASSWORD ${password}`);
    const { rows } = await client.query<{ owner: string }>(
      "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1",
      [app.database],
    );
    if (!rows.length) await client.query(`CREATE DATABASE ${database} OWNER ${role}`).catch(unlessDuplicate);
    else if (rows[0]!.owner !== app.role) await client.query(`ALTER DATABASE ${database} OWNER TO ${role}`);
    // Only the superuser and the role may connect, to its database and no other.
    await client.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await client.query(`REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC`);
  });
  await withClient(databaseUrl.toString(), (client) => client.query(handOverObjects(app.role)));
}

/**
 * Gives the role everything in the public schema and the job queue's schema
 * (and that schema itself) it does not own yet: tables (with their indexes,
 * triggers and column sequences), views, standalone sequences, routines,
 * enums, domains and composite types. Objects of extensions stay with the
 * superuser that created them. One statement, so all or nothing.
 */
function handOverObjects(role: string): string {
  const literal = `'${role.replace(/'/g, "''")}'`;
  const schemas = `('public', '${QUEUE_SCHEMA}')`;
  return `DO $$
DECLARE
  target oid := (SELECT oid FROM pg_roles WHERE rolname = ${literal});
  item record;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${QUEUE_SCHEMA}' AND nspowner <> target) THEN
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', '${QUEUE_SCHEMA}', ${literal});
  END IF;
  FOR item IN
    SELECT format('ALTER %s %s OWNER TO %I',
             CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                            WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
             c.oid::regclass, ${literal}) AS statement
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ${schemas} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> target
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                        AND d.deptype IN ('a', 'i', 'e'))
    ORDER BY c.relkind = 'S'
  LOOP
    EXECUTE item.statement;
  END LOOP;
  FOR item IN
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, ${literal}) AS statement
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname IN ${schemas} AND p.proowner <> target
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE item.statement;
  END LOOP;
  FOR item IN
    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, ${literal}) AS statement
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname IN ${schemas} AND t.typowner <> target
      AND (t.typtype IN ('e', 'd')
        OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')))
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE item.statement;
  END LOOP;
END $$`;
}

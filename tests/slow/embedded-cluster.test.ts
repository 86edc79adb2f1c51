import { copyFile, chmod, mkdtemp, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_APP_ROLE, openDatabase, type OpenDatabase } from "../../lib/db/database";
import { EmbeddedClusterError, startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate/runner";
import { QUEUE_SCHEMA } from "../../lib/jobs/queue-schema";
import { freePort } from "../helpers/free-port";

// The embedded PostgreSQL that `npm start` runs, on a real cluster of its
// own: an install made by the old code (fixed password, everything owned by
// the superuser) is upgraded in place, the site's role owns only its
// database, and a server on the port that is not ours is refused.

const LONG = 240_000;
let root = "";
let port = 0;
let database: OpenDatabase | undefined;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function withCredentials(url: string, user: string, password: string, databaseName?: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  if (databaseName) parsed.pathname = `/${databaseName}`;
  return parsed.toString();
}

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (error: { code?: string }) => error.code,
  );

describe.skipIf(Boolean(process.env.DATABASE_URL))("the embedded PostgreSQL", () => {
  beforeAll(async () => {
    root = await mkdtemp(path.resolve(".data", "embedded-cluster-test-"));
    // Run as root, the cluster's own `postgres` system user must reach its folder.
    await chmod(root, 0o755);
    port = await freePort();
    process.env.MASTHEAD_DATA_DIR = root;
    process.env.EMBEDDED_PG_PORT = String(port);
  }, LONG);

  afterAll(async () => {
    await database?.close();
    if (root) await rm(root, { recursive: true, force: true });
  }, LONG);

  it(
    "upgrades an install made with the old fixed password in place, keeping its data",
    async () => {
      // What the old code left behind: superuser masthead/masthead, the site's
      // database and every table owned by that superuser.
      const old = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), port });
      await query(old.url("postgres"), 'CREATE DATABASE "masthead"');
      await migrate(old.url("masthead"));
      await query(old.url("masthead"), `INSERT INTO "Section" (id, slug, name) VALUES ('kept', 'kept', 'Kept')`);
      await query(old.url("postgres"), "ALTER ROLE masthead PASSWORD 'masthead'");
      await old.stop();
      await unlink(path.join(root, "postgres-superuser-password"));

      database = await openDatabase();

      expect(database.embedded).toBe(true);
      expect(new URL(database.url).username).toBe(EMBEDDED_APP_ROLE);
      expect(await query(database.url, `SELECT name FROM "Section"`)).toEqual([{ name: "Kept" }]);
      const notHandedOver = await query(
        database.url,
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v', 'i') AND pg_get_userbyid(c.relowner) <> $1
         UNION ALL
         SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> $1
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
         UNION ALL
         SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> $1`,
        [EMBEDDED_APP_ROLE],
      );
      expect(notHandedOver).toEqual([]);
      const queueOwner = await query(
        database.url,
        `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1`,
        [QUEUE_SCHEMA],
      );
      expect(queueOwner).toEqual([{ owner: EMBEDDED_APP_ROLE }]);
      expect(
        await errorCode(query(withCredentials(database.url, "masthead", "masthead", "postgres"), "SELECT 1")),
      ).toBe("28P01");
      // The site's role runs later migrations on its own.
      expect((await migrate(database.url)).applied).toEqual([]);
    },
    LONG,
  );

  it("connects the site as a role that is no superuser and owns only its database", async () => {
    const [role] = await query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
      database!.url,
      "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user",
    );
    expect(role).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    expect(await errorCode(query(database!.url, 'CREATE DATABASE "another"'))).toBe("42501");
    expect(await errorCode(query(database!.url, "CREATE ROLE intruder LOGIN"))).toBe("42501");
    expect(await errorCode(query(database!.url, "SELECT pg_read_file('postmaster.pid')"))).toBe("42501");
    const otherDatabase = new URL(database!.url);
    otherDatabase.pathname = "/postgres";
    expect(await errorCode(query(otherDatabase.toString(), "SELECT 1"))).toBe("42501");
  });

  it("keeps both generated passwords in files only their owner can read", async () => {
    for (const name of ["postgres-superuser-password", "postgres-app-password"]) {
      expect((await stat(path.join(root, name))).mode & 0o777).toBe(0o600);
    }
    expect(decodeURIComponent(new URL(database!.url).password)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("shares the cluster with a second Masthead process on the same data folder", async () => {
    const second = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), port });
    await second.stop();
    expect(await query(database!.url, "SELECT 1 AS up")).toEqual([{ up: 1 }]);
  });

  it(
    "refuses a server on the port that is not this data folder's, instead of using it",
    async () => {
      const stranger = startEmbeddedPostgres({ dataDir: path.join(root, "elsewhere"), port });
      await expect(stranger).rejects.toThrow(EmbeddedClusterError);
      await expect(stranger).rejects.toThrow(
        /^Port \d+ on 127\.0\.0\.1 is taken by a server that is not Masthead's embedded PostgreSQL .*our password is refused.*EMBEDDED_PG_PORT/,
      );
      // Even one that takes our password must keep its data in our folder.
      await copyFile(path.join(root, "postgres-superuser-password"), path.join(root, "copy-superuser-password"));
      await expect(startEmbeddedPostgres({ dataDir: path.join(root, "copy"), port })).rejects.toThrow(
        /its data is in .*postgres/,
      );
    },
    LONG,
  );
});

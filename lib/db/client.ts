import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { parseEnv } from "../env";
import { noteDatabaseReachable, noteDatabaseUnreachable } from "../database-health";
import { log } from "../log";
import { PrismaClient } from "./generated/client";
import { readsOnReplica } from "../replica-reads";
import { asDatabaseUnavailable } from "./unavailable";

// The one Prisma client of the server process. Created on first use so that
// importing a module never needs a database (next build, unit tests).
//
// It survives the database going away: node-postgres drops a pooled client
// whose connection failed (an idle one when PostgreSQL ends it with 57P01, a
// busy one when its query fails), the pool's `error` events are handled
// instead of crashing the process, and every connection failure reaches the
// caller as DatabaseUnavailable (a 503). New connections are opened as soon
// as the server accepts them again, with no restart of Node.

/** A request waits this long for a connection before the database counts as unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;

const describe = (error: unknown) => (error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error));

/** A lost connection is logged once per outage, not once per pooled client. */
function logConnectionError(error: Error): void {
  if (noteDatabaseUnreachable()) log.warn(`Database connection lost: ${describe(error)}`);
}

function rethrowTyped(error: unknown): never {
  const typed = asDatabaseUnavailable(error);
  if (typed !== error && noteDatabaseUnreachable()) log.warn(`Database unavailable: ${describe(error)}`);
  throw typed;
}

export interface PoolSettings {
  /** Connections this process keeps open at most (DATABASE_POOL_SIZE). */
  poolSize?: number;
  /** PostgreSQL cancels a statement running longer (DATABASE_STATEMENT_TIMEOUT_MS; 0: no limit). */
  statementTimeoutMs?: number;
}

function newPool(connectionString: string, { poolSize = 10, statementTimeoutMs = 0 }: PoolSettings): pg.Pool {
  return new pg.Pool({
    connectionString,
    max: poolSize,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Notices a peer that vanished without closing the socket (a host that went away).
    keepAlive: true,
  });
}

export function createDb(
  connectionString: string,
  settings: PoolSettings = {},
  pool: pg.Pool = newPool(connectionString, settings),
) {
  const base = new PrismaClient({
    adapter: new PrismaPg(pool, {
      disposeExternalPool: true,
      onPoolError: logConnectionError,
      onConnectionError: logConnectionError,
    }),
    // Secrets never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true }, webhook: { secret: true, previousSecret: true } },
  });
  const client = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteDatabaseReachable();
          return result;
        } catch (error) {
          rethrowTyped(error);
        }
      },
    },
  });
  // An interactive transaction can fail to start (BEGIN) outside any operation above.
  const $transaction = ((...args: unknown[]) =>
    (client.$transaction as (...a: unknown[]) => Promise<unknown>)(...args).catch(
      rethrowTyped,
    )) as typeof client.$transaction;
  return new Proxy(client, {
    get: (target, property, receiver) =>
      property === "$transaction" ? $transaction : Reflect.get(target, property, receiver),
  });
}

export type Db = ReturnType<typeof createDb>;

const holder = globalThis as unknown as {
  __mastheadDb?: Db;
  __mastheadDbPool?: pg.Pool;
  /** With DATABASE_REPLICA_URLS: one client per replica, and the primary extended to read from them. */
  __mastheadReplicas?: { clients: Db[]; reading: Db };
};

function instance(): Db {
  if (!holder.__mastheadDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set: start Masthead with `npm start` or `npm run dev`, which provide a database.",
      );
    }
    // Read now, like DATABASE_URL: scripts and tests set them before the first query.
    const config = parseEnv(process.env);
    const settings = { poolSize: config.DATABASE_POOL_SIZE, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS };
    holder.__mastheadDbPool = newPool(url, settings);
    const primary = createDb(url, settings, holder.__mastheadDbPool);
    holder.__mastheadDb = primary;
    if (config.DATABASE_REPLICA_URLS.length > 0) {
      const clients = config.DATABASE_REPLICA_URLS.map((replica) => createDb(replica, settings));
      // Prisma's extension sends each read outside a transaction to a random replica, writes to the primary.
      const reading = primary.$extends(
        readReplicas({ replicas: clients as unknown as Parameters<typeof readReplicas>[0]["replicas"] }),
      ) as unknown as Db;
      holder.__mastheadReplicas = { clients, reading };
    }
  }
  return holder.__mastheadDb;
}

/** The replicas' clients (empty without DATABASE_REPLICA_URLS). */
export function replicaClients(): Db[] {
  instance();
  return holder.__mastheadReplicas?.clients ?? [];
}

/**
 * The process's one client. Reads made inside onReplica() (the public pages'
 * cached readers) go to a replica when there are any; everything else uses
 * the primary, so staff and readers always see their own changes.
 */
export const db: Db = new Proxy({} as Db, {
  get: (_target, property) => {
    const primary = instance();
    const client = (readsOnReplica() && holder.__mastheadReplicas?.reading) || primary;
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  const replicas = holder.__mastheadReplicas?.clients ?? [];
  await Promise.all([holder.__mastheadDb?.$disconnect(), ...replicas.map((client) => client.$disconnect())]);
  holder.__mastheadDb = undefined;
  holder.__mastheadDbPool = undefined;
  holder.__mastheadReplicas = undefined;
}

export interface PoolUse {
  /** Connections open, busy or idle. */
  total: number;
  idle: number;
  /** Queries waiting for a connection: the pool is too small, or the database too slow. */
  waiting: number;
}

/** How the server's connection pool is used right now; null before its first query. */
export function databasePoolUse(): PoolUse | null {
  const pool = holder.__mastheadDbPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

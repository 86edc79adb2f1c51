import type { Server } from "node:http";
import { log } from "../log";

// Graceful shutdown of the production server. `next start`'s own SIGTERM
// handling closes the listener and waits for requests without a bound, then
// exits 143 without waiting for anything else of ours; with
// NEXT_MANUAL_SIG_HANDLE set (scripts/lib/cli/server-process.ts) it leaves
// the signals to this module, which:
// 1. marks the server as stopping, so /readyz answers 503 on any connection
//    still open;
// 2. closes the listeners (new connections are refused) and the idle
//    keep-alive connections, lets requests in flight and the work they left
//    for after their response (lib/http/after-response.ts) finish, and stops
//    the background work (scheduler, job queue worker), all within
//    SHUTDOWN_TIMEOUT_SECONDS;
// 3. closes the database pool and exits: 0 when everything finished in time,
//    1 when connections or work had to be cut off.
//
// The state is per process (globalThis): the request hook, the route
// handlers and instrumentation are separate bundles.

interface ShutdownState {
  /** Epoch ms at which shutdown began, or null while serving. */
  since: number | null;
  servers: Set<Server>;
  pending: Set<Promise<unknown>>;
}

const holder = globalThis as unknown as { __mastheadShutdown?: ShutdownState };
const state = (holder.__mastheadShutdown ??= { since: null, servers: new Set(), pending: new Set() });

export function shutdownBegun(): boolean {
  return state.since !== null;
}

/**
 * Remembers a server that answers requests, so shutdown can close it: `next
 * start` does not hand out its server, so it is learnt from its first request.
 * One that first shows up during shutdown is closed at once.
 */
export function noteServer(server: Server): void {
  if (state.servers.has(server)) return;
  state.servers.add(server);
  if (state.since !== null) server.close();
}

/** Work a request left for after its response (an alert email): shutdown waits for it too. */
export function keepUntilDone(work: Promise<unknown>): void {
  state.pending.add(work);
  void work.finally(() => state.pending.delete(work)).catch(() => {});
}

/** During shutdown, a connection whose response just ended is closed rather than kept alive. */
export function closeIfIdleDuringShutdown(server: Server): void {
  if (state.since !== null) setImmediate(() => server.closeIdleConnections());
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      server.closeIdleConnections();
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

async function drain(): Promise<void> {
  await Promise.all([...state.servers].map(closeServer));
  // Next starts a response's after() work once the response has closed: give the last one a turn to start.
  await new Promise((resolve) => setImmediate(resolve));
  while (state.pending.size) await Promise.allSettled([...state.pending]);
}

const timeout = (ms: number) => new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms).unref());

export interface GracefulShutdownOptions {
  timeoutMs: number;
  /** Stops what runs beside the requests (the scheduler and queue worker); awaited within the timeout. */
  stopBackground: () => Promise<void>;
  /** Closes the database pool, once nothing uses it any more. */
  closeDatabase: () => Promise<void>;
  exit?: (code: number) => void;
}

/**
 * Handles SIGTERM and SIGINT in this process from now on; repeated signals
 * are ignored while it runs. `shutdown` starts the same sequence directly.
 */
export function installGracefulShutdown(options: GracefulShutdownOptions): {
  shutdown: (signal: NodeJS.Signals) => Promise<void>;
} {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const shutdown = async (signal: NodeJS.Signals) => {
    if (state.since !== null) return;
    state.since = Date.now();
    const seconds = options.timeoutMs / 1000;
    log.info({ signal }, `Shutting down: refusing new connections, finishing requests in flight (up to ${seconds} s).`);
    const background = options.stopBackground().catch((err: unknown) => {
      log.error({ err }, "Stopping the background work failed.");
    });
    const outcome = await Promise.race([Promise.all([drain(), background]), timeout(options.timeoutMs)]);
    let code = 0;
    if (outcome === "timeout") {
      const connections = await Promise.all([...state.servers].map(openConnections));
      log.warn(
        { connections: connections.reduce((a, b) => a + b, 0), pendingWork: state.pending.size },
        `Shutdown timeout (${seconds} s) reached: cutting off what is still running.`,
      );
      for (const server of state.servers) server.closeAllConnections();
      code = 1;
    }
    await options.closeDatabase().catch((err: unknown) => log.warn({ err }, "Closing the database pool failed."));
    log.info({ exitCode: code }, "Shut down.");
    exit(code);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));
  return { shutdown };
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

import { Redis } from "ioredis";

// The one Redis connection of a server process, shaped so that Redis can
// never slow a request down or take the site with it: while it is not ready,
// every command is skipped at once (no offline queue, nothing waits for a
// reconnect); a reply later than the command timeout counts as a miss and
// drops the connection, so a Redis that stopped answering without closing its
// socket is treated like one that went away. Reconnecting goes on in the
// background for as long as the process lives. The outage is logged when it
// starts and when it ends, never per request.

export interface RedisConnection {
  /** Runs a command, or answers undefined at once when Redis is not ready or the command fails or is late. */
  run<T>(command: (client: Redis) => Promise<T>): Promise<T | undefined>;
  /** Whether commands are being sent now. */
  readonly ready: boolean;
  /** Called each time the connection becomes ready again after an outage. */
  onReconnect(listener: () => void): void;
  /** Resolves true once ready, false if Redis has not answered within `ms` (the connection keeps trying). */
  waitUntilReady(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface RedisConnectionOptions {
  commandTimeoutMs: number;
  log: (line: string) => void;
}

const RECONNECT_CEILING_MS = 2_000;

/** host:port of a Redis URL, for log lines (never its password). */
export function redisAddress(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 6379}`;
}

export function connectRedis(url: string, { commandTimeoutMs, log }: RedisConnectionOptions): RedisConnection {
  const address = redisAddress(url);
  const client = new Redis(url, {
    connectionName: "masthead",
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(1_000, commandTimeoutMs * 4),
    // Commands issued in one tick (a page's tag lookup and its entry) share one write.
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, RECONNECT_CEILING_MS),
  });
  // "up" once it has been ready; "down" from the first failure until ready again.
  let state: "starting" | "up" | "down" = "starting";
  const reconnectListeners: Array<() => void> = [];

  const wentDown = (why: string) => {
    if (state === "down") return;
    const first = state === "starting";
    state = "down";
    log(
      first
        ? `Redis at ${address} is unreachable (${why}): serving from this process's own cache, which other instances' changes do not reach, until it answers.`
        : `Redis at ${address} went away (${why}): serving from this process's own cache until it is back.`,
    );
  };
  client.on("ready", () => {
    const wasDown = state === "down";
    state = "up";
    if (!wasDown) return;
    log(`Redis at ${address} is back: the cache is shared again.`);
    for (const listener of reconnectListeners) listener();
  });
  client.on("error", (error: Error) => wentDown(error.message));
  client.on("close", () => {
    if (state === "up") wentDown("connection closed");
  });

  // A late reply marks the connection down at once; the socket closes a little later.
  const ready = () => state === "up" && client.status === "ready";

  return {
    get ready() {
      return ready();
    },
    async run(command) {
      if (!ready()) return undefined;
      try {
        return await command(client);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/timed out/i.test(message)) {
          wentDown(`no reply within ${commandTimeoutMs} ms`);
          client.disconnect(true);
        }
        return undefined;
      }
    },
    onReconnect(listener) {
      reconnectListeners.push(listener);
    },
    waitUntilReady(ms) {
      if (ready()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ready: boolean) => {
          clearTimeout(timer);
          client.off("ready", onReady);
          client.off("error", onError);
          resolve(ready);
        };
        const onReady = () => done(true);
        const onError = () => done(false);
        const timer = setTimeout(() => done(false), ms);
        client.once("ready", onReady);
        client.once("error", onError);
      });
    },
    async close() {
      client.disconnect(false);
    },
  };
}

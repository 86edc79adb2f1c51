import { DatabaseUnavailable } from "../errors";

// Which failures mean "the database cannot be reached right now" (it is down,
// restarting, or refusing connections) rather than "this query is wrong".
// Those become DatabaseUnavailable, which every boundary answers with a 503
// worth retrying; anything else stays the error it was.

/** SQLSTATE class 08 (connection exception) and the shutdown/startup codes of class 57. */
const UNAVAILABLE_SQLSTATES = /^(08...|57P01|57P02|57P03|53300)$/;

/** The adapter's own names for socket failures (@prisma/adapter-pg convertDriverError). */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Prisma's codes for an unreachable server, a closed connection and an exhausted pool. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);

/** node-postgres reports a dropped socket and a connect timeout as plain Errors without a code. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error/i;

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

function isUnavailableNode(value: Inspectable): boolean {
  const code = typeof value.code === "string" ? value.code : "";
  if (UNAVAILABLE_SQLSTATES.test(code) || SOCKET_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  if (typeof value.kind === "string" && UNAVAILABLE_KINDS.has(value.kind)) return true;
  return typeof value.message === "string" && UNAVAILABLE_MESSAGE.test(value.message);
}

/** Looks through Prisma's wrappers (meta.driverAdapterError, cause) for a connection failure. */
export function isConnectionFailure(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const value = queue.shift();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    const node = value as Inspectable;
    if (isUnavailableNode(node)) return true;
    queue.push(node.cause);
    if (typeof node.meta === "object" && node.meta !== null) {
      queue.push((node.meta as { driverAdapterError?: unknown }).driverAdapterError);
    }
    if (value instanceof AggregateError) queue.push(...value.errors);
  }
  return false;
}

/** The error a caller sees: DatabaseUnavailable for a connection failure, the original otherwise. */
export function asDatabaseUnavailable(error: unknown): unknown {
  if (error instanceof DatabaseUnavailable || !isConnectionFailure(error)) return error;
  return new DatabaseUnavailable(undefined, { cause: error });
}

import { log } from "./log";

// Whether the database answered the last time anyone asked, for the whole
// server process (globalThis: the proxy and the pages are separate bundles,
// each with its own copy of this module). lib/db records every outcome, so an
// outage is logged once when it starts and once when it ends, not once per
// failed query or dropped pooled connection.

interface Health {
  /** Epoch ms of the first failure of the current outage; null while the database answers. */
  downSince: number | null;
}

const holder = globalThis as unknown as { __mastheadDatabaseHealth?: Health };
const health = (holder.__mastheadDatabaseHealth ??= { downSince: null });

/** Records a connection failure; true when it starts a new outage (so it is logged once). */
export function noteDatabaseUnreachable(now: number = Date.now()): boolean {
  if (health.downSince !== null) return false;
  health.downSince = now;
  return true;
}

export function noteDatabaseReachable(): void {
  if (health.downSince === null) return;
  health.downSince = null;
  log.info("Database connection restored.");
}

/** Epoch ms since which the database has not answered, or null. */
export function databaseDownSince(): number | null {
  return health.downSince;
}

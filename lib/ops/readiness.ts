import { DatabaseUnavailable } from "../errors";
import { log } from "../log";
import { pendingMigrations } from "./data/readiness";
import { shutdownBegun } from "./shutdown";

// /readyz: whether a load balancer should send this instance traffic. Not
// while it shuts down, not while its database is unreachable or behind this
// build's migrations. The reason is short and names no host or credential.

/** A probe that waits longer than this counts as a database that does not answer. */
const PROBE_TIMEOUT_MS = 3_000;

export type Readiness = { ready: true } | { ready: false; reason: string };

export async function readiness(): Promise<Readiness> {
  if (shutdownBegun()) return { ready: false, reason: "shutting down" };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), PROBE_TIMEOUT_MS);
  });
  try {
    const pending = await Promise.race([pendingMigrations(), timedOut]);
    if (pending === "timeout") return { ready: false, reason: "database did not answer in time" };
    if (pending.length) return { ready: false, reason: `${pending.length} migration(s) not applied` };
    return { ready: true };
  } catch (error) {
    if (error instanceof DatabaseUnavailable) return { ready: false, reason: "database unreachable" };
    log.error({ err: error }, "The readiness check failed.");
    return { ready: false, reason: "database check failed" };
  } finally {
    clearTimeout(timer);
  }
}

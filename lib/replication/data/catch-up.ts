import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db, replicaClients } from "../../db";
import { log } from "../../log";

// Before the public pages are told that something changed, every replica
// must have replayed the change: a page rendered again from a replica that
// lags would otherwise be cached with the old content until the next change
// (up to an hour). Polled rather than pushed: PostgreSQL has no "tell me
// when you reach this position" a client can wait on.

/** How long a write waits for a replica at most; a replica slower than that is logged and not waited for. */
const CATCH_UP_MS = 5_000;
const POLL_MS = 10;

/** Resolves once every replica has replayed everything the primary has written so far (at once without replicas). */
export async function replicasCaughtUp(): Promise<void> {
  const replicas = replicaClients();
  if (replicas.length === 0) return;
  // The insert position, not the write position: with asynchronous commit a
  // commit may still sit in the WAL buffers, before the write position.
  const [{ lsn }] = await db.$queryRaw<[{ lsn: string }]>`SELECT pg_current_wal_insert_lsn()::text AS lsn`;
  const deadline = Date.now() + CATCH_UP_MS;
  await Promise.all(
    replicas.map(async (replica, index) => {
      try {
        for (;;) {
          const [{ replayed }] = await replica.$queryRaw<[{ replayed: boolean | null }]>`
            SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS replayed`;
          if (replayed) return;
          if (Date.now() >= deadline) {
            log.warn(`Replica ${index + 1} has not replayed ${lsn} after ${CATCH_UP_MS} ms: not waiting for it.`);
            return;
          }
          await sleep(POLL_MS);
        }
      } catch (error) {
        // An unreachable replica fails its own reads; the write has succeeded and must not fail here.
        log.warn(`Replica ${index + 1} could not be asked how far it is: ${(error as Error).message}`);
      }
    }),
  );
}

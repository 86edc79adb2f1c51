import { AsyncLocalStorage } from "node:async_hooks";

// Which reads may go to a streaming replica (DATABASE_REPLICA_URLS): only
// those of the public pages' cached readers (lib/<domain>/cached.ts), which
// opt in with onReplica(). Writes, staff pages, sign-in and everything a
// person checks right after changing it read the primary.

// One for the process: cached readers and the database client can sit in
// separate bundles, each with its own copy of this module.
const holder = globalThis as unknown as { __mastheadReplicaReads?: AsyncLocalStorage<true> };
const scope = (holder.__mastheadReplicaReads ??= new AsyncLocalStorage<true>());

/** Runs `read` with its database reads allowed on a replica. */
export function onReplica<T>(read: () => Promise<T>): Promise<T> {
  return scope.run(true, read);
}

export function readsOnReplica(): boolean {
  return scope.getStore() === true;
}

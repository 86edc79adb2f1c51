import "server-only";
import { databasePoolUse, disconnectDb, type PoolUse } from "../../db";

// The server's database pool, as /metrics and graceful shutdown see it.

export function poolUse(): PoolUse | null {
  return databasePoolUse();
}

/** The last step of a graceful shutdown (lib/ops/shutdown.ts), once no request or job uses the pool. */
export const closeDatabase = disconnectDb;

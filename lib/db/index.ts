export { databasePoolUse, db, disconnectDb, replicaClients, type Db, type PoolUse } from "./client";
export { Prisma } from "./generated/client";
export type * from "./generated/client";

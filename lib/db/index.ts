export { db, disconnectDb, replicaClients, type Db } from "./client";
export { Prisma } from "./generated/client";
export type * from "./generated/client";

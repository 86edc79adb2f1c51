export { db, disconnectDb, type Db } from "./client";
export { Prisma } from "./generated/client";
export type * from "./generated/client";

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// The one Prisma client of the server process. Created on first use so that
// importing a module never needs a database (next build, unit tests).

function createClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: 10 }),
    // Secrets never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

const holder = globalThis as unknown as { __mastheadDb?: Db };

function instance(): Db {
  if (!holder.__mastheadDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set: start Masthead with `npm start` or `npm run dev`, which provide a database.",
      );
    }
    holder.__mastheadDb = createClient(url);
  }
  return holder.__mastheadDb;
}

export const db: Db = new Proxy({} as Db, {
  get: (_target, property) => {
    const client = instance();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await holder.__mastheadDb?.$disconnect();
  holder.__mastheadDb = undefined;
}

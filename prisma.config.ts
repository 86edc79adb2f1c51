import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only. `prisma generate` needs no database; the
// migrate commands (on machines that can download Prisma's schema engine) use
// DATABASE_URL. Here migrations are applied by `npm run db:migrate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});

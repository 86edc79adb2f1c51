import { ensurePrismaClient } from "./lib/cli/build";

// `npm run db:generate`: regenerate the Prisma client into lib/db/generated, offline.
ensurePrismaClient(true);

import { ensureNextBuild } from "../lib/cli/build";

// `npm run build`: generate the Prisma client and build the production site.
ensureNextBuild(true);

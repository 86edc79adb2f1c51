import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next's "server-only" guard has no meaning outside a React Server bundle.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
  "next/cache": path.resolve(import.meta.dirname, "tests/helpers/next-cache-outside-next.ts"),
  "next/headers": path.resolve(import.meta.dirname, "tests/helpers/next-headers-outside-next.ts"),
  "next/server": path.resolve(import.meta.dirname, "tests/helpers/next-server-outside-next.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Pure functions only (no mocks, no env or global state), so the files
        // share one module graph per worker: importing Markdown, zod and the
        // domain modules again for every file was most of the run's time.
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          isolate: false,
          globalSetup: ["tests/helpers/markdown-worker-global-setup.ts"],
        },
      },
      // The Markdown stress and fuzz runs and the bench's load against real
      // sockets: minutes of CPU that the everyday `npm run test:unit` leaves out.
      {
        resolve: { alias },
        test: { name: "slow", include: ["tests/slow/**/*.test.ts"], environment: "node" },
      },
      // Two production servers, Redis, an S3 server and nginx on loopback
      // (`npm run test:cluster`): one build and a few minutes, in a project of its own.
      {
        resolve: { alias },
        test: {
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          environment: "node",
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/database-global-setup.ts", "tests/helpers/markdown-worker-global-setup.ts"],
          setupFiles: ["tests/helpers/fresh-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

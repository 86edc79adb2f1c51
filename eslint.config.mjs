import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Data-access code may only be reached through lib/: pages and components never import Prisma.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"], message: "Only lib/<domain>/queries|mutations may use the database." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "scripts/**", "prisma/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  globalIgnores([".next/**", ".next-e2e/**", ".next-bench/**", "node_modules/**", ".data/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);

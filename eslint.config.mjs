import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (docs/architecture.md) as import rules, so an editor flags a
// wrong import as it is typed. tests/unit/architecture.test.ts checks the
// same rules, and more, on the whole import graph.

const database = {
  regex: "^(@/lib/db|(\\.\\./)+(lib/)?db|\\./db)(/.*)?$",
  message: "Only lib/<domain>/data/ opens the database: call a query or mutation from there.",
};
const dataLayer = {
  regex: "^@/lib/.+/data/",
  message: "Components take DTOs: import the type from the domain's dto.ts.",
};
const databaseValue = { ...database, allowTypeImports: true };
const next = {
  regex: "^next/",
  message:
    "Domain and data code stay free of Next.js: only actions.ts, cached.ts, lib/action.ts, the viewer, lib/cache-invalidation.ts and lib/http/ import next/*.",
};
const upward = {
  regex: "(^|/)(actions|cached)$|(^|/)action$",
  message: "The data layer is called by actions and cached readers, never the other way round.",
};
const appOrComponents = {
  regex: "^@/(app|components)/|^(\\.\\./)+(app|components)/",
  message: "lib/ never imports from app/ or components/.",
};

const restrict = (...patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Routes and UI: no database, not even its types; components take DTOs.
  { files: ["app/**"], rules: restrict(database) },
  { files: ["components/**"], rules: restrict(database, dataLayer) },
  // Domain code: database types only; no Next.js; nothing from the UI.
  { files: ["lib/**"], rules: restrict(databaseValue, next, appOrComponents) },
  // The Next-aware edge of lib/.
  {
    files: [
      "lib/**/actions.ts",
      "lib/**/cached.ts",
      "lib/action.ts",
      "lib/auth/viewer.ts",
      "lib/auth/page-viewer.ts",
      "lib/cache-invalidation.ts",
      "lib/http/**",
      "lib/page-cache/**",
      "lib/shared-cache/**",
    ],
    rules: restrict(databaseValue, appOrComponents),
  },
  // The data layer: the database, never Next.js, never the layers above it.
  { files: ["lib/**/data/**"], rules: restrict(next, upward, appOrComponents) },
  // The database layer itself and the tooling around it.
  { files: ["lib/db/**"], rules: restrict(next, appOrComponents) },
  { files: ["scripts/**", "prisma/**", "tests/**"], rules: { "@typescript-eslint/no-restricted-imports": "off" } },
  globalIgnores([
    ".next/**",
    ".next-e2e/**",
    ".next-bench/**",
    ".next-chaos/**",
    ".next-start-host-test/**",
    ".next-shared-cache-test/**",
    ".next-shared-cache-test-b/**",
    ".next-operability-test/**",
    ".next-cluster-test/**",
    ".next-cluster-test-b/**",
    ".next-bench-b/**",
    "node_modules/**",
    ".data/**",
    "lib/db/generated/**",
    "lib/markdown/pool/generated/**",
    "lib/imports/wordpress/content/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);

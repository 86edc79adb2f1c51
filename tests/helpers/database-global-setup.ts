import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase } from "../../lib/db/database";
import { migrate } from "../../lib/db/migrate/runner";
import { startTestCluster } from "../../lib/db/throwaway-cluster";

// Once per run: a migrated template database. Each test file then gets its
// own fresh copy of it (tests/helpers/fresh-database.ts), so files never
// share rows and can run in parallel.

declare module "vitest" {
  export interface ProvidedContext {
    maintenanceUrl: string;
    templateDatabase: string;
    databaseUrlPattern: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster("postgres-test", Number(process.env.TEST_PG_PORT ?? 5489));
  const template = `masthead_template_${process.pid}`;
  await dropDatabase(cluster.maintenanceUrl, template);
  await ensureDatabase(cluster.maintenanceUrl, template);
  await migrate(cluster.urlFor(template));
  project.provide("maintenanceUrl", cluster.maintenanceUrl);
  project.provide("templateDatabase", template);
  project.provide("databaseUrlPattern", cluster.urlFor("__DATABASE__"));
  return async () => {
    await dropDatabase(cluster.maintenanceUrl, template);
    await cluster.stop();
  };
}

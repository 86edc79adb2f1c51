import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";
import { describeUnreachable } from "./probe";

// The Postgres server tests and benchmarks create their databases on: the one DATABASE_URL
// points at when set, otherwise a throwaway embedded cluster of their own.

export interface TestCluster {
  /** A URL on the same server with another database name. */
  urlFor(database: string): string;
  maintenanceUrl: string;
  stop(): Promise<void>;
}

export async function startTestCluster(name: string, port: number): Promise<TestCluster> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const problem = await describeUnreachable(external);
    if (problem) throw new Error(problem);
    const urlFor = (database: string) => {
      const url = new URL(external);
      url.pathname = `/${database}`;
      return url.toString();
    };
    return { urlFor, maintenanceUrl: external, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(process.env.MASTHEAD_DATA_DIR ?? ".data", name),
    port,
    ephemeralSpeed: true,
  });
  return { urlFor: server.url, maintenanceUrl: server.url("postgres"), stop: server.stop };
}

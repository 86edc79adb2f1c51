import path from "node:path";
import { existsSync } from "node:fs";
import { distDir, ensureNextBuild } from "../cli/build";
import { ensureInternalSecret } from "../cli/internal-secret";
import { onExit } from "../cli/run";
import { ensureDatabase } from "../../../lib/db/database";
import { migrate } from "../../../lib/db/migrate/runner";
import { startTestCluster, type TestCluster } from "../../../lib/db/throwaway-cluster";
import { env } from "../../../lib/env";
import { BenchProblem } from "./errors";
import { assertPortFree, startNextServer, waitUntilAnswering, type BenchServer } from "./server";

// The site every bench measures: the production build on a database of N
// scale posts (masthead_bench_<N> on its own PostgreSQL, data in
// .data/postgres-bench), kept between runs so the seed happens once per N.
// Throwaway-cluster settings (fsync off) are fine there: it can be rebuilt.

// BENCH_PG_PORT moves it when another bench already uses the port on a shared machine.
const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5495);

export interface BenchSite {
  baseUrl: string;
  databaseUrl: string;
  server: BenchServer;
}

async function startBenchCluster(): Promise<TestCluster> {
  const cluster = await startTestCluster("postgres-bench", BENCH_PG_PORT);
  onExit(cluster.stop);
  return cluster;
}

export interface BenchSiteOptions {
  scale: number;
  port: number;
  skipBuild: boolean;
  /** Runs against the seeded database before the server starts (picking URLs, fixtures). */
  prepare?: (db: typeof import("../../../lib/db").db) => Promise<void>;
  /** A PostgreSQL server the caller runs (`npm run chaos` restarts its own); the bench's shared one by default. */
  cluster?: Pick<TestCluster, "urlFor" | "maintenanceUrl">;
}

/** The seeded database and the production build for a server on `port`, without starting it. */
export async function prepareBenchSite(options: BenchSiteOptions): Promise<Omit<BenchSite, "server">> {
  const config = env();
  const baseUrl = `http://127.0.0.1:${options.port}`;
  await assertPortFree(options.port);
  // Its own build folder: the benchmark's pages are prerendered from its own database.
  process.env.MASTHEAD_DIST_DIR ??= ".next-bench";
  if (options.skipBuild && !existsSync(path.join(distDir(), "BUILD_ID"))) {
    throw new BenchProblem(`--skip-build needs an existing production build in ${distDir()}/ (run once without it).`);
  }

  // With DATABASE_URL set, the bench database is created on that server instead of an embedded one.
  const cluster = options.cluster ?? (await startBenchCluster());
  const name = `masthead_bench_${options.scale}`;
  await ensureDatabase(cluster.maintenanceUrl, name);
  const databaseUrl = cluster.urlFor(name);
  await migrate(databaseUrl);
  // The build prerenders pages from the database, so a build made here reads the bench's.
  process.env.DATABASE_URL = databaseUrl;
  process.env.SITE_URL = baseUrl;

  const { db, disconnectDb } = await import("../../../lib/db");
  const { seedDemo } = await import("../content/seed");
  const { seedScale } = await import("../content/scale");
  await seedDemo(db, { nodeEnv: config.NODE_ENV, siteUrl: baseUrl, quiet: true });
  const seeded = await seedScale(databaseUrl, { posts: options.scale, nodeEnv: config.NODE_ENV });
  console.log(
    seeded.posts
      ? `✔ Seeded ${seeded.posts.toLocaleString("en-GB")} scale posts in ${seeded.seconds.toFixed(1)} s (${name}).`
      : `✔ ${name} already holds ${options.scale.toLocaleString("en-GB")} scale posts.`,
  );
  await options.prepare?.(db);
  await disconnectDb();

  ensureInternalSecret(config.MASTHEAD_DATA_DIR);
  if (!options.skipBuild) await ensureNextBuild({ databaseUrl });
  else
    console.log(
      `Using the existing build in ${distDir()}/ (--skip-build); its prerendered pages come from the database it was built against.`,
    );
  return { baseUrl, databaseUrl };
}

export async function startBenchSite(options: BenchSiteOptions): Promise<BenchSite> {
  const { baseUrl, databaseUrl } = await prepareBenchSite(options);
  // Its own data folder: the mail and uploads a bench causes stay out of the site's.
  const server = startNextServer({
    port: options.port,
    env: {
      DATABASE_URL: databaseUrl,
      SITE_URL: baseUrl,
      MASTHEAD_DATA_DIR: path.join(env().MASTHEAD_DATA_DIR, "bench-site"),
    },
  });
  onExit(server.stop);
  await waitUntilAnswering(server, baseUrl);
  return { baseUrl, databaseUrl, server };
}

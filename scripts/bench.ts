import path from "node:path";
import { existsSync, writeFileSync } from "node:fs";
import { BenchArgsError, parseBenchArgs, type BenchArgs } from "../lib/bench/args";
import { BenchProblem } from "../lib/bench/errors";
import { measureAll, warm } from "../lib/bench/load";
import { machineFacts } from "../lib/bench/machine";
import { assertPortFree, startNextServer, waitUntilAnswering } from "../lib/bench/server";
import { formatMs, formatRate } from "../lib/bench/stats";
import { renderReport, type BenchReport } from "../lib/bench/table";
import { pickTargets } from "../lib/bench/targets";
import { distDir, ensureNextBuild } from "../lib/cli/build";
import { ensureInternalSecret } from "../lib/cli/internal-secret";
import { onExit, runCli } from "../lib/cli/run";
import { ensureDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { env } from "../lib/env";
import { startTestCluster } from "../lib/db/throwaway-cluster";

// `npm run bench`: the production site on a database of N scale posts, loaded
// with autocannon, reported as a Markdown table. It reports and never asserts
// a speed. The database (masthead_bench_<N> on its own PostgreSQL, data in
// .data/postgres-bench) is kept between runs, so the seed happens once per N.
// Throwaway-cluster settings (fsync off) are fine there: it can be rebuilt.

const BENCH_PG_PORT = 5495;

runCli(async () => {
  try {
    return await bench(parseBenchArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof BenchArgsError || err instanceof BenchProblem)) throw err;
    console.error(`✖ ${err.message}`);
    return err instanceof BenchArgsError ? 2 : 1;
  }
});

async function bench(args: BenchArgs): Promise<void> {
  const config = env();
  const baseUrl = `http://127.0.0.1:${args.port}`;
  await assertPortFree(args.port);
  // Its own build folder: the benchmark's pages are prerendered from its own database.
  process.env.MASTHEAD_DIST_DIR ??= ".next-bench";
  if (args.skipBuild && !existsSync(path.join(distDir(), "BUILD_ID"))) {
    throw new BenchProblem(`--skip-build needs an existing production build in ${distDir()}/ (run once without it).`);
  }

  // The tests' cluster helper, as scripts/e2e-server.ts uses it: with DATABASE_URL set, the bench
  // database is created on that server instead of an embedded one.
  const cluster = await startTestCluster("postgres-bench", BENCH_PG_PORT);
  onExit(cluster.stop);
  const name = `masthead_bench_${args.scale}`;
  await ensureDatabase(cluster.maintenanceUrl, name);
  const databaseUrl = cluster.urlFor(name);
  await migrate(databaseUrl);
  // The build prerenders pages from the database, so a build made here reads the bench's.
  process.env.DATABASE_URL = databaseUrl;
  process.env.SITE_URL = baseUrl;

  const { db, disconnectDb } = await import("../lib/db");
  const { seedDemo } = await import("../lib/content/seed");
  const { seedScale } = await import("../lib/content/scale");
  await seedDemo(db, { nodeEnv: config.NODE_ENV, siteUrl: baseUrl, quiet: true });
  const seeded = await seedScale(databaseUrl, { posts: args.scale, nodeEnv: config.NODE_ENV });
  console.log(
    seeded.posts
      ? `✔ Seeded ${seeded.posts.toLocaleString("en-GB")} scale posts in ${seeded.seconds.toFixed(1)} s (${name}).`
      : `✔ ${name} already holds ${args.scale.toLocaleString("en-GB")} scale posts.`,
  );
  const targets = await pickTargets(db);
  await disconnectDb();

  ensureInternalSecret(config.MASTHEAD_DATA_DIR);
  if (!args.skipBuild) await ensureNextBuild({ databaseUrl });
  else console.log(`Using the existing build in ${distDir()}/ (--skip-build); its prerendered pages come from the database it was built against.`);

  const server = startNextServer({ port: args.port, env: { DATABASE_URL: databaseUrl, SITE_URL: baseUrl } });
  onExit(server.stop);
  await waitUntilAnswering(server, baseUrl);

  console.log(`Warming ${targets.length} URLs…`);
  for (const result of await warm(baseUrl, targets)) {
    if (result.status >= 400) console.log(`  ${result.page} ${result.path} answers ${result.status}; measured anyway.`);
  }

  const connections = args.connections;
  const rssConnections = connections.includes(64) ? 64 : Math.max(...connections);
  const total = connections.length * targets.length;
  console.log(`Measuring ${total} runs of ${args.duration} s (about ${Math.ceil((total * args.duration) / 60)} min)…`);
  const { measurements, rss } = await measureAll({
    baseUrl, targets, connections, durationSeconds: args.duration,
    rss: { pid: server.pid, page: "article", connections: rssConnections },
    onMeasured: (m) =>
      console.log(`  ${m.page} @ ${m.connections}: ${formatRate(m.requestsPerSecond)} req/s, p50 ${formatMs(m.p50Ms)} ms, p99 ${formatMs(m.p99Ms)} ms`),
  });

  const report: BenchReport = { scale: args.scale, durationSeconds: args.duration, machine: machineFacts(), measurements, rss };
  console.log(`\n${renderReport(report)}`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ ...report, finishedAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`\nResults written to ${args.json}.`);
  }
}

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startEdge, type Edge } from "../tests/helpers/nginx-edge";
import { startTestRedis } from "../tests/helpers/redis-server";
import { env } from "../lib/env";
import { BenchArgsError } from "./lib/bench/args";
import { parseClusterBenchArgs, type ClusterBenchArgs } from "./lib/bench/cluster-args";
import { renderClusterReport, SETUPS, type ClusterRun, type SetupKey } from "./lib/bench/cluster-report";
import { BenchProblem } from "./lib/bench/errors";
import { startInstances } from "./lib/bench/instances";
import { measure, warm, type Target } from "./lib/bench/load";
import { machineFacts } from "./lib/bench/machine";
import { assertPortFree } from "./lib/bench/server";
import { prepareBenchSite } from "./lib/bench/site";
import { formatMs, formatRate, type Measurement } from "./lib/bench/stats";
import { pickTargets } from "./lib/bench/targets";
import { distDir } from "./lib/cli/build";
import { onExit, runCli } from "./lib/cli/run";

// `npm run bench:cluster`: the article page at 64 connections (a) from one
// production server, (b) from two behind nginx running the shipped
// deploy/nginx/masthead.conf with its micro-cache turned off, (c) the same
// with the micro-cache, and (d) nginx serving the page's HTML as a static
// file, all in one run on this machine, beside the targets. The two
// servers share Redis, as two machines would. Reported, never asserted: only
// a broken setup exits non-zero.

runCli(async () => {
  try {
    return await benchCluster(parseClusterBenchArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof BenchArgsError || err instanceof BenchProblem)) throw err;
    console.error(`✖ ${err.message}`);
    return err instanceof BenchArgsError ? 2 : 1;
  }
});

/** Before a run: the edge really answers from its cache (or really doesn't), so each row measures what it says. */
async function assertEdgeCaching(edge: Edge, pathname: string, cached: boolean): Promise<void> {
  await warm(edge.url, [{ page: "article", path: pathname }]);
  const response = await fetch(edge.url + pathname);
  await response.arrayBuffer();
  const status = response.headers.get("x-cache-status");
  // An entry that expired a moment ago is served stale and refreshed: cached all the same.
  const fromCache = status !== null && /^(HIT|STALE|UPDATING|EXPIRED)$/.test(status);
  if (response.status !== 200 || (cached ? !fromCache : status !== null)) {
    throw new BenchProblem(
      `nginx on ${edge.url} answered ${pathname} with ${response.status}, X-Cache-Status ${status}: ` +
        `expected ${cached ? "a cache HIT" : "no caching"}.`,
    );
  }
}

async function benchCluster(args: ClusterBenchArgs): Promise<void> {
  const ports = { a: args.port, b: args.port + 1, cached: args.edgePort, uncached: args.edgePort + 1 };
  for (const port of [ports.b, ports.cached, ports.uncached]) await assertPortFree(port);
  let article: Target | undefined;
  const { baseUrl, databaseUrl } = await prepareBenchSite({
    scale: args.scale,
    port: args.port,
    skipBuild: args.skipBuild,
    prepare: async (db) => {
      article = (await pickTargets(db, ["article"])).find((t) => t.page === "article");
    },
  });
  if (!article) throw new BenchProblem("The bench database has no article to load.");

  const redis = await startTestRedis();
  onExit(redis.dispose);
  const instances = await startInstances({
    ports: [ports.a, ports.b],
    dist: distDir(),
    dataDir: path.join(env().MASTHEAD_DATA_DIR, "bench-cluster"),
    env: {
      DATABASE_URL: databaseUrl,
      SITE_URL: baseUrl,
      REDIS_URL: redis.url,
      TRUST_PROXY: "true",
      MASTHEAD_IN_PROCESS_SCHEDULER: "false",
    },
  });
  onExit(instances.stop);

  // The page as the app serves it, saved where nginx serves files from.
  const [warmed] = await warm(baseUrl, [article]);
  if (!warmed || warmed.status !== 200) throw new BenchProblem(`${article.path} answers ${warmed?.status}.`);
  const staticRoot = mkdtempSync(path.join(tmpdir(), "masthead-bench-static-"));
  onExit(async () => rmSync(staticRoot, { recursive: true, force: true }));
  writeFileSync(path.join(staticRoot, "article.html"), await (await fetch(baseUrl + article.path)).text());

  // Debian's default: one worker per core.
  const upstreamPorts = [ports.a, ports.b];
  const cached = await startEdge({ port: ports.cached, upstreamPorts, staticRoot, workerProcesses: "auto" });
  onExit(cached.stop);
  const uncached = await startEdge({ port: ports.uncached, upstreamPorts, microCache: false, workerProcesses: "auto" });
  onExit(uncached.stop);

  const setups: Record<SetupKey, { base: string; target: Target }> = {
    static: { base: cached.url, target: { page: "static file", path: "/static-copy/article.html" } },
    app: { base: baseUrl, target: article },
    edgeNoCache: { base: uncached.url, target: article },
    edgeCache: { base: cached.url, target: article },
  };
  const runs: ClusterRun[] = [];
  for (let run = 1; run <= args.runs; run++) {
    const measurements = {} as Record<SetupKey, Measurement>;
    // The ceiling first, as `npm run bench` measures it.
    for (const key of ["static", "app", "edgeNoCache", "edgeCache"] as const) {
      const { base, target } = setups[key];
      if (key === "edgeNoCache") await assertEdgeCaching(uncached, article.path, false);
      else if (key === "edgeCache") await assertEdgeCaching(cached, article.path, true);
      else await warm(base, [target]);
      const label = SETUPS.find((setup) => setup.key === key)!.label;
      console.log(`Run ${run}/${args.runs}: ${label}, ${args.duration} s at ${args.connections} connections…`);
      const m = await measure(base, target, args.connections, args.duration);
      console.log(
        `  ${formatRate(m.requestsPerSecond)} req/s, p50 ${formatMs(m.p50Ms)} ms, p99 ${formatMs(m.p99Ms)} ms, ${m.errors} errors / ${m.non2xx} non-2xx`,
      );
      measurements[key] = m;
    }
    runs.push({ measurements, loadAverage: loadavg()[0]! });
  }

  const report = {
    machine: machineFacts(),
    path: article.path,
    connections: args.connections,
    durationSeconds: args.duration,
    runs,
  };
  console.log(`\n${renderClusterReport(report)}`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ ...report, finishedAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`\nResults written to ${args.json}.`);
  }
}

import { writeFileSync } from "node:fs";
import { BenchArgsError, parseBenchArgs, type BenchArgs } from "./lib/bench/args";
import { BenchProblem } from "./lib/bench/errors";
import { measureAll, warm, type Target } from "./lib/bench/load";
import { machineFacts } from "./lib/bench/machine";
import { measurePageWeight } from "./lib/bench/page-weight";
import { formatMs, formatRate } from "./lib/bench/stats";
import { renderReport, type BenchReport } from "./lib/bench/table";
import { pickTargets } from "./lib/bench/targets";
import { runCli } from "./lib/cli/run";
import { startBenchSite } from "./lib/bench/site";

// `npm run bench`: the production site on a database of N scale posts (see
// scripts/lib/bench/site.ts), loaded with autocannon, reported as a Markdown table.
// It reports and never asserts a speed.

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
  let targets: Target[] = [];
  const { baseUrl, server } = await startBenchSite({
    scale: args.scale,
    port: args.port,
    skipBuild: args.skipBuild,
    prepare: async (db) => {
      targets = await pickTargets(db, args.pages);
    },
  });

  console.log(`Warming ${targets.length} URLs…`);
  for (const result of await warm(baseUrl, targets)) {
    if (result.status >= 400) console.log(`  ${result.page} ${result.path} answers ${result.status}; measured anyway.`);
  }

  const article = targets.find((t) => t.page === "article");
  const weight = article ? await measurePageWeight(baseUrl, article.path) : null;

  const connections = args.connections;
  const rssConnections = connections.includes(64) ? 64 : Math.max(...connections);
  const total = connections.length * targets.length;
  console.log(`Measuring ${total} runs of ${args.duration} s (about ${Math.ceil((total * args.duration) / 60)} min)…`);
  const { measurements, rss } = await measureAll({
    baseUrl,
    targets,
    connections,
    durationSeconds: args.duration,
    rss: { pid: server.pid, page: "article", connections: rssConnections },
    onMeasured: (m) =>
      console.log(
        `  ${m.page} @ ${m.connections}: ${formatRate(m.requestsPerSecond)} req/s, p50 ${formatMs(m.p50Ms)} ms, p99 ${formatMs(m.p99Ms)} ms`,
      ),
  });

  const report: BenchReport = {
    scale: args.scale,
    durationSeconds: args.duration,
    machine: machineFacts(),
    measurements,
    rss,
    weight,
  };
  console.log(`\n${renderReport(report)}`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ ...report, finishedAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`\nResults written to ${args.json}.`);
  }
}

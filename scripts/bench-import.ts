import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BenchArgsError } from "./lib/bench/args";
import { parseImportBenchArgs } from "./lib/bench/import-args";
import { machineFacts } from "./lib/bench/machine";
import { GENERATED_PAGES, generateWxr } from "./lib/bench/wxr-generator";
import { progressBar } from "./lib/cli/progress";
import { importWorkerCount } from "./lib/import/run-import";
import { onExit, runCli } from "./lib/cli/run";
import { dropDatabase, ensureDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { startTestCluster } from "../lib/db/throwaway-cluster";

// `npm run bench:import [-- --posts N]`: writes a WordPress export of N posts
// (20,000 by default) and 20 pages, imports it into an empty database of its
// own with the import command's own code and progress bars, then imports it
// again (which must add nothing). Reports posts per second and this
// process's peak resident memory (the importer and its render workers, not
// PostgreSQL) beside the targets: at least 200 posts/s, at most 300 MB.

const TARGET_POSTS_PER_SECOND = 200;
const TARGET_PEAK_MB = 300;
const BENCH_PG_PORT = Number(process.env.BENCH_IMPORT_PG_PORT ?? 5496);
const DATABASE = "masthead_bench_import";

const peakMb = () => process.resourceUsage().maxRSS / 1024;

runCli(async () => {
  let posts: number;
  try {
    ({ posts } = parseImportBenchArgs(process.argv.slice(2)));
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    console.error(`✖ ${error.message}`);
    return 2;
  }
  const dataDir = process.env.MASTHEAD_DATA_DIR ?? ".data";
  const file = path.join(dataDir, "bench-import", `export-${posts}.xml`);
  await mkdir(path.dirname(file), { recursive: true });
  const writing = progressBar(`Writing a ${posts.toLocaleString("en-GB")}-post export`, posts + GENERATED_PAGES);
  const chunks = Readable.from(
    (function* () {
      for (const chunk of generateWxr(posts)) {
        if (chunk.startsWith("<item>")) writing.tick();
        yield chunk;
      }
    })(),
  );
  await pipeline(chunks, createWriteStream(file));
  writing.done();

  const cluster = await startTestCluster("postgres-bench-import", BENCH_PG_PORT);
  onExit(cluster.stop);
  await dropDatabase(cluster.maintenanceUrl, DATABASE);
  await ensureDatabase(cluster.maintenanceUrl, DATABASE);
  onExit(() => dropDatabase(cluster.maintenanceUrl, DATABASE));
  const url = cluster.urlFor(DATABASE);
  await migrate(url);
  process.env.DATABASE_URL = url;
  const { db, disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  await db.user.create({ data: { email: "bench-admin@example.org", name: "Bench admin", role: "ADMIN" } });
  const { runWordPressImport } = await import("./lib/import/run-import");
  const args = { file, uploads: null, dryRun: false, staffAccounts: false, as: null, statusFile: null };

  const memoryBefore = peakMb();
  const cpuBefore = process.cpuUsage();
  const first = await runWordPressImport(db, args, { progress: true, report: false });
  const cpu = process.cpuUsage(cpuBefore);
  const imported = first.posts.created + first.pages.created;
  const rate = imported / first.seconds;
  const peak = peakMb();
  const again = await runWordPressImport(db, args, { progress: true, report: false });
  const machine = machineFacts();

  console.log(
    [
      `Import of a generated WordPress export (${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}, ${importWorkerCount()} import workers):`,
      `  ${imported.toLocaleString("en-GB")} posts and pages, ${first.comments.created.toLocaleString("en-GB")} comments, ${first.tags.created} tags, ${first.contributors.created} contributors in ${first.seconds.toFixed(1)} s`,
      `  ${rate.toFixed(0)} posts/s (target ≥ ${TARGET_POSTS_PER_SECOND}) ${rate >= TARGET_POSTS_PER_SECOND ? "✔" : "✖"}`,
      `  CPU in this process (reader, writer and import workers; PostgreSQL not counted): ${((cpu.user + cpu.system) / 1000 / imported).toFixed(1)} ms per post`,
      `  peak RSS ${peak.toFixed(0)} MB (target ≤ ${TARGET_PEAK_MB}; ${memoryBefore.toFixed(0)} MB before the import) ${peak <= TARGET_PEAK_MB ? "✔" : "✖"}`,
      `  imported again: ${again.posts.created + again.pages.created} new posts, ${again.comments.created} new comments in ${again.seconds.toFixed(1)} s`,
    ].join("\n"),
  );
});

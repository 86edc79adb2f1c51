import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import {
  CREATE_COMMENT_ACTION,
  commentPoster,
  openCommentForms,
  probeCommentPosting,
  runMarker,
} from "./lib/bench/comment-posters";
import { prepareCommentBench, type CommentBenchFixtures } from "./lib/bench/comments-fixtures";
import { BenchProblem } from "./lib/bench/errors";
import { warm } from "./lib/bench/load";
import { serverActionId } from "./lib/bench/server-action";
import { startBenchSite } from "./lib/bench/site";
import { signInOverHttp } from "./lib/bench/staff-session";
import { renderChaosReport, type Outage } from "./lib/chaos/report";
import { startTraffic } from "./lib/chaos/traffic";
import { distDir } from "./lib/cli/build";
import { onExit, runCli } from "./lib/cli/run";
import { DEMO_PASSWORD } from "./lib/content/demo-accounts";
import { env } from "../lib/env";
import { startRestartableCluster } from "../tests/helpers/restartable-cluster";

// `npm run chaos`: the production site on a PostgreSQL cluster of its own,
// under article reads, a database-backed route, an admin page and a stream of
// real comments from signed-in readers; PostgreSQL is stopped (fast shutdown)
// and started again mid-run. Prints what every kind of request got before,
// during and after the outage, and exits 1 when the site did not behave:
// a 500, a cached page that stopped answering 200, no recovery within
// RECOVERY_LIMIT_MS, or an acknowledged comment missing from the database.

const READERS = 40;
const RECOVERY_LIMIT_MS = 10_000;

const argsSchema = z.object({
  port: z.coerce.number().int().min(1024).max(65535).default(3199),
  before: z.coerce.number().positive().max(600).default(8),
  outage: z.coerce.number().positive().max(600).default(6),
  after: z.coerce.number().positive().max(600).default(12),
  connections: z.coerce.number().int().min(1).max(256).default(8),
  rate: z.coerce.number().positive().max(50).default(4),
  skipBuild: z.boolean().default(false),
});

function parseArgs(argv: readonly string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!.replace(/^--/, "");
    if (flag === "skip-build") raw.skipBuild = true;
    else raw[flag] = argv[++i] ?? "";
  }
  const parsed = argsSchema.strict().safeParse(raw);
  if (!parsed.success) {
    throw new BenchProblem(
      `${z.prettifyError(parsed.error)}\nUsage: npm run chaos -- [--port N] [--before S] [--outage S] [--after S] [--connections N] [--rate R] [--skip-build]`,
    );
  }
  return parsed.data;
}

runCli(async () => {
  try {
    return await chaos(parseArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof BenchProblem)) throw err;
    console.error(`✖ ${err.message}`);
    return 1;
  }
});

async function chaos(args: z.infer<typeof argsSchema>): Promise<number> {
  // Its own build folder and cluster: the pages are prerendered from this database.
  process.env.MASTHEAD_DIST_DIR ??= ".next-chaos";
  const cluster = await startRestartableCluster(path.join(env().MASTHEAD_DATA_DIR, "postgres-chaos"));
  onExit(cluster.close);
  const prepared: { fixtures?: CommentBenchFixtures } = {};
  const { baseUrl, server } = await startBenchSite({
    scale: 0,
    port: args.port,
    skipBuild: args.skipBuild,
    cluster: { urlFor: cluster.url, maintenanceUrl: cluster.url("postgres") },
    prepare: async (db) => {
      prepared.fixtures = await prepareCommentBench(db, { readers: READERS, ratePerSecond: args.rate });
    },
  });
  const fixtures = prepared.fixtures;
  if (!fixtures) throw new BenchProblem("The readers and the article were not prepared.");

  const [warmed] = await warm(baseUrl, [{ page: "article", path: fixtures.article.path }]);
  if (!warmed || warmed.status !== 200) throw new BenchProblem(`${fixtures.article.path} answers ${warmed?.status}.`);
  const staffCookie = await signInOverHttp(baseUrl, "editor@masthead.local", DEMO_PASSWORD);
  const readers = await openCommentForms(baseUrl, fixtures.article, fixtures.readers);
  const poster = {
    baseUrl,
    actionId: serverActionId(distDir(), CREATE_COMMENT_ACTION),
    article: fixtures.article,
    readers,
    runId: randomBytes(4).toString("hex"),
  };
  // The site takes no comment sooner than this after the form was shown.
  await sleep(fixtures.minSecondsToPost * 1000 + 250);
  await probeCommentPosting(poster);

  console.log(
    `Load: ${args.connections} article readers, a database-backed probe, an admin page probe and ${args.rate} comments/s; ` +
      `PostgreSQL stops after ${args.before} s for ${args.outage} s, then ${args.after} s more.`,
  );
  const started = performance.now();
  const now = () => performance.now() - started;
  const traffic = startTraffic({
    baseUrl,
    articlePath: fixtures.article.path,
    postId: fixtures.article.id,
    readerCookie: readers[0]!.cookie,
    staffCookie,
    readConnections: args.connections,
    commentsPerSecond: args.rate,
    postComment: commentPoster(poster),
    now,
  });
  await sleep(args.before * 1000);
  const stoppedAt = now();
  console.log("Stopping PostgreSQL (fast shutdown)…");
  await cluster.stop();
  await sleep(args.outage * 1000);
  console.log("Starting PostgreSQL again…");
  await cluster.start();
  const outage: Outage = { stoppedAt, readyAt: now() };
  await sleep(args.after * 1000);
  await traffic.stop();

  const { db, disconnectDb } = await import("../lib/db");
  const stored = await db.comment.findMany({
    where: { authorId: { in: fixtures.readers.map((r) => r.id) }, body: { contains: runMarker(poster.runId) } },
    select: { body: true },
  });
  await disconnectDb();
  const storedIndexes = new Set(stored.map((c) => Number(/^Comment (\d+) /.exec(c.body)?.[1]) - 1));
  const acknowledged = traffic.events.filter((e) => e.traffic === "comment" && e.acknowledged);
  const report = renderChaosReport({
    events: traffic.events,
    outage,
    acknowledgedComments: acknowledged.length,
    storedComments: stored.length,
    missingComments: acknowledged.map((e) => e.commentIndex!).filter((i) => !storedIndexes.has(i)),
    serverStillRunning: isRunning(server.pid),
    recoveryLimitMs: RECOVERY_LIMIT_MS,
  });
  console.log(`\n${report.text}`);
  if (!report.ok) console.log(`\nThe server's last lines:\n${server.output()}`);
  return report.ok ? 0 : 1;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

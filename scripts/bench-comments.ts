import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { BenchArgsError } from "./lib/bench/args";
import {
  CREATE_COMMENT_ACTION,
  commentPoster,
  openCommentForms,
  probeCommentPosting,
  runMarker,
  type PosterOptions,
} from "./lib/bench/comment-posters";
import { parseCommentBenchArgs, type CommentBenchArgs } from "./lib/bench/comments-args";
import { countRunComments, prepareCommentBench, type CommentBenchFixtures } from "./lib/bench/comments-fixtures";
import { runOpenLoop, sendSchedule } from "./lib/bench/comments-pacing";
import { measureReads } from "./lib/bench/comments-reads";
import { renderCommentReport, type CommentBenchReport } from "./lib/bench/comments-report";
import { summarizePosting } from "./lib/bench/comments-summary";
import { BenchProblem } from "./lib/bench/errors";
import { warm, type Target } from "./lib/bench/load";
import { machineFacts } from "./lib/bench/machine";
import { serverActionId } from "./lib/bench/server-action";
import { startBenchSite } from "./lib/bench/site";
import { formatMs, formatRate, type Measurement } from "./lib/bench/stats";
import { distDir } from "./lib/cli/build";
import { runCli } from "./lib/cli/run";
import { db, disconnectDb } from "../lib/db";

// `npm run bench:comments`: the article read by 64 connections, first alone,
// then while signed-in readers post comments at a steady rate (open loop);
// afterwards the comments stored are counted against those sent. Reported
// beside the targets, never asserted: only a broken setup exits non-zero.

const READERS = 100;

runCli(async () => {
  try {
    return await benchComments(parseCommentBenchArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof BenchArgsError || err instanceof BenchProblem)) throw err;
    console.error(`✖ ${err.message}`);
    return err instanceof BenchArgsError ? 2 : 1;
  }
});

const describeReads = (m: Measurement) =>
  `${formatRate(m.requestsPerSecond)} req/s, p50 ${formatMs(m.p50Ms)} ms, p99 ${formatMs(m.p99Ms)} ms, ${m.errors} errors / ${m.non2xx} non-2xx`;

async function benchComments(args: CommentBenchArgs): Promise<void> {
  const schedule = sendSchedule(args.rate, args.duration);
  const prepared: { fixtures?: CommentBenchFixtures } = {};
  const { baseUrl } = await startBenchSite({
    scale: args.scale,
    port: args.port,
    skipBuild: args.skipBuild,
    prepare: async (database) => {
      prepared.fixtures = await prepareCommentBench(database, { readers: READERS, ratePerSecond: args.rate });
    },
  });
  const fixtures = prepared.fixtures;
  if (!fixtures) throw new BenchProblem("The comment bench's readers and article were not prepared.");
  for (const limit of fixtures.limits.filter((l) => l.short)) {
    console.log(
      `  ${limit.key} goes no higher than ${limit.value}, below what ${args.rate}/s needs: refusals will show as errors.`,
    );
  }

  const target: Target = { page: "article", path: fixtures.article.path };
  console.log(`Warming ${target.path} and opening the comment form for ${fixtures.readers.length} readers…`);
  const [warmed] = await warm(baseUrl, [target]);
  if (!warmed || warmed.status >= 400)
    throw new BenchProblem(`${target.path} answers ${warmed?.status}: nothing to read.`);
  const poster: PosterOptions = {
    baseUrl,
    actionId: serverActionId(distDir(), CREATE_COMMENT_ACTION),
    article: fixtures.article,
    readers: await openCommentForms(baseUrl, fixtures.article, fixtures.readers),
    runId: randomBytes(4).toString("hex"),
  };
  // The site takes no comment sooner than this after the form was shown, as a person could not type one.
  await sleep(fixtures.minSecondsToPost * 1000 + 250);
  await probeCommentPosting(poster);

  console.log(`Phase 1: article reads alone at ${args.connections} connections for ${args.duration} s…`);
  const readsAlone = await measureReads(baseUrl, target, args.connections, args.duration);
  console.log(`  ${describeReads(readsAlone)}`);

  console.log(
    `Phase 2: the same reads while ${fixtures.readers.length} readers post ${schedule.length} comments at ${formatRate(args.rate)}/s…`,
  );
  const clientDelay = monitorEventLoopDelay({ resolution: 10 });
  clientDelay.enable();
  const [readsWithComments, posting] = await Promise.all([
    measureReads(baseUrl, target, args.connections, args.duration),
    runOpenLoop(schedule, commentPoster(poster)),
  ]);
  clientDelay.disable();
  console.log(`  ${describeReads(readsWithComments)}`);

  const stored = await countRunComments(
    db,
    fixtures.readers.map((r) => r.id),
    runMarker(poster.runId),
  );
  await disconnectDb();
  const report: CommentBenchReport = {
    scale: args.scale,
    durationSeconds: args.duration,
    ratePerSecond: args.rate,
    readers: fixtures.readers.length,
    machine: machineFacts(),
    readsAlone,
    readsWithComments,
    posting: {
      ...summarizePosting(posting.results, stored),
      sendingMs: posting.sendingMs,
      maxLateMs: posting.maxLateMs,
      clientDelayP99Ms: clientDelay.percentile(99) / 1e6,
    },
  };
  console.log(`\n${renderCommentReport(report)}`);
  if (args.json) {
    const extra = {
      runId: poster.runId,
      rateLimits: fixtures.limits,
      minSecondsToPost: fixtures.minSecondsToPost,
      finishedAt: new Date().toISOString(),
    };
    writeFileSync(args.json, `${JSON.stringify({ ...report, ...extra }, null, 2)}\n`);
    console.log(`\nResults written to ${args.json}.`);
  }
}

import type { MachineFacts } from "./machine";
import { formatMs, formatRate, formatRatio, type Measurement } from "./stats";
import type { PostingSummary } from "./comments-summary";

// The comment bench's report as Markdown: the article's reads alone and with
// comment traffic, then what became of the comments, each figure beside its
// target. It states whether a target was met and never fails the run for it.

export const COMMENT_TARGETS = {
  postingP99Ms: 100,
  /** Article throughput with comment traffic, as a share of the throughput without it. */
  readShare: 0.8,
} as const;

export interface CommentBenchReport {
  scale: number;
  durationSeconds: number;
  ratePerSecond: number;
  readers: number;
  machine: MachineFacts;
  readsAlone: Measurement;
  readsWithComments: Measurement;
  posting: PostingSummary & {
    /** From the start of phase 2 to the last comment going out. */
    sendingMs: number;
    /** How late the latest comment left against its schedule. */
    maxLateMs: number;
    /** The bench process's own event-loop delay (p99) while posting: its share of the latencies. */
    clientDelayP99Ms: number;
  };
}

const verdict = (met: boolean) => (met ? "met" : "missed");

export function readShare(report: Pick<CommentBenchReport, "readsAlone" | "readsWithComments">): number {
  const alone = report.readsAlone.requestsPerSecond;
  return alone > 0 ? report.readsWithComments.requestsPerSecond / alone : 0;
}

function readRow(label: string, m: Measurement, share: string): string {
  return `| ${label} | ${formatRate(m.requestsPerSecond)} | ${formatMs(m.p50Ms)} | ${formatMs(m.p99Ms)} | ${m.errors} / ${m.non2xx} | ${share} |`;
}

export function renderCommentReport(report: CommentBenchReport): string {
  const { machine, posting, readsAlone, readsWithComments } = report;
  const share = readShare(report);
  const rate = formatRate(report.ratePerSecond);
  const lines = [
    `## Masthead comment bench: ${report.scale.toLocaleString("en-GB")} scale posts`,
    "",
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}.`,
    `Article \`${readsAlone.path}\` read by autocannon at ${readsAlone.connections} connections for ${report.durationSeconds} s, ` +
      `alone and then while ${report.readers} signed-in readers post comments at ${rate}/s through the comment server action (open loop).`,
    "",
    "| Article reads | Requests/s | p50 ms | p99 ms | Errors / non-2xx | Throughput vs alone |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    readRow("alone", readsAlone, "100 %"),
    readRow(
      `with comments at ${rate}/s`,
      readsWithComments,
      `${formatRatio(readsWithComments.requestsPerSecond, readsAlone.requestsPerSecond)} (target ≥ ${COMMENT_TARGETS.readShare * 100} %: ${verdict(share >= COMMENT_TARGETS.readShare)})`,
    ),
    "",
    "| Comment posting | Sent | Accepted | Stored | Errors | Lost (sent − stored) | p50 ms | p99 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${rate}/s for ${report.durationSeconds} s | ${posting.sent} | ${posting.accepted} | ${posting.stored} | ` +
      `${posting.errors} (target 0: ${verdict(posting.errors === 0)}) | ${posting.lost} (target 0: ${verdict(posting.lost === 0)}) | ` +
      `${formatMs(posting.p50Ms)} | ${formatMs(posting.p99Ms)} (target ≤ ${COMMENT_TARGETS.postingP99Ms} ms: ` +
      `${verdict(posting.accepted > 0 && posting.p99Ms <= COMMENT_TARGETS.postingP99Ms)}) |`,
    "",
    `Posting latency: from the request leaving the bench to the whole answer read, accepted posts only. ` +
      `The last comment left ${(posting.sendingMs / 1000).toFixed(1)} s into the run, the latest ${formatMs(posting.maxLateMs)} ms behind its schedule; ` +
      `the bench's own event-loop delay was ${formatMs(posting.clientDelayP99Ms)} ms at p99. ` +
      `Stored: this run's rows in the Comment table${posting.storedByStatus.length ? ` (${posting.storedByStatus.map(([status, n]) => `${status.toLowerCase()} ${n}`).join(", ")})` : ""}.`,
  ];
  if (posting.errorsByKind.length) {
    lines.push("", `Errors by kind: ${posting.errorsByKind.map(([kind, count]) => `${kind} ${count}`).join(", ")}.`);
  }
  return lines.join("\n");
}

import type { MachineFacts } from "./machine";
import { formatMs, formatRate, formatRatio, type Measurement } from "./stats";

// `npm run bench:cluster`'s report: the article page from one instance, from
// two behind nginx without and with its micro-cache, and the same page as a
// static file served by that nginx, each run's rows beside the issue's
// targets, then the spread over the runs.

export const SETUPS = [
  { key: "app", label: "(a) one instance, direct" },
  { key: "edgeNoCache", label: "(b) two instances behind nginx, no micro-cache" },
  { key: "edgeCache", label: "(c) two instances behind nginx, micro-cache" },
  { key: "static", label: "(d) nginx, the same page as a static file" },
] as const;

export type SetupKey = (typeof SETUPS)[number]["key"];

export interface ClusterRun {
  measurements: Record<SetupKey, Measurement>;
  /** The machine's one-minute load average after the run: other work on a shared machine shows here. */
  loadAverage: number;
}

export interface ClusterReport {
  machine: MachineFacts;
  path: string;
  connections: number;
  durationSeconds: number;
  runs: ClusterRun[];
}

interface Verdict {
  target: string;
  met: boolean;
}

export const TARGETS = { appP99Ms: 250, cachedShareOfStatic: 0.5, cachedP99Ms: 50 };

/** The targets for one setup in one run; null where it sets none. */
export function verdictFor(setup: SetupKey, run: ClusterRun): Verdict | null {
  const m = run.measurements[setup];
  const failed = m.errors + m.non2xx > 0;
  if (setup === "app") return { target: `p99 ≤ ${TARGETS.appP99Ms} ms`, met: !failed && m.p99Ms <= TARGETS.appP99Ms };
  if (setup === "edgeCache") {
    const share = run.measurements.static.requestsPerSecond * TARGETS.cachedShareOfStatic;
    return {
      target: `≥ ${TARGETS.cachedShareOfStatic * 100} % of static, p99 ≤ ${TARGETS.cachedP99Ms} ms`,
      met: !failed && m.requestsPerSecond >= share && m.p99Ms <= TARGETS.cachedP99Ms,
    };
  }
  return null;
}

const spread = (values: number[], format: (n: number) => string) => {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return format(low) === format(high) ? format(low) : `${format(low)}–${format(high)}`;
};

export function renderClusterReport(report: ClusterReport): string {
  const { machine, runs } = report;
  const rows = runs.flatMap((run, index) =>
    SETUPS.map(({ key, label }) => {
      const m = run.measurements[key];
      const verdict = verdictFor(key, run);
      return [
        String(index + 1),
        label,
        formatRate(m.requestsPerSecond),
        formatMs(m.p50Ms),
        formatMs(m.p99Ms),
        `${m.errors} / ${m.non2xx}`,
        formatRatio(m.requestsPerSecond, run.measurements.static.requestsPerSecond),
        verdict?.target ?? "–",
        verdict ? (verdict.met ? "met" : "missed") : "–",
        run.loadAverage.toFixed(1),
      ];
    }),
  );
  const summary = SETUPS.map(({ key, label }) => {
    const measured = runs.map((run) => run.measurements[key]);
    const verdicts = runs.map((run) => verdictFor(key, run)).filter((v): v is Verdict => v !== null);
    const rate = spread(
      measured.map((m) => m.requestsPerSecond),
      formatRate,
    );
    const p99 = spread(
      measured.map((m) => m.p99Ms),
      formatMs,
    );
    const share = spread(
      runs.map((run) => (run.measurements[key].requestsPerSecond / run.measurements.static.requestsPerSecond) * 100),
      (n) => n.toFixed(0),
    );
    const met = verdicts.length
      ? `; target met in ${verdicts.filter((v) => v.met).length} of ${verdicts.length} run(s)`
      : "";
    return `- ${label}: ${rate} req/s (${share} % of static), p99 ${p99} ms${met}.`;
  });
  return [
    `## Masthead cluster bench: ${report.path} at ${report.connections} connections`,
    "",
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}. ` +
      `${report.durationSeconds} s of GET requests per row from autocannon on the same machine, ${runs.length} run(s); ` +
      "both instances share Redis; nginx runs deploy/nginx/masthead.conf.",
    "",
    "| Run | Setup | req/s | p50 ms | p99 ms | errors / non-2xx | vs static | target | | load avg |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |",
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    ...summary,
  ].join("\n");
}

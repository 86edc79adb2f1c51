import type { MachineFacts } from "./machine";
import { describePageWeight, type PageWeight } from "./page-weight";
import { formatMs, formatRate, formatRatio, type Measurement } from "./stats";

// The bench report as Markdown: one row per page and connection count, each
// compared with the static file measured at the same connection count.

export const STATIC_PAGE = "static file";

export interface BenchReport {
  scale: number;
  durationSeconds: number;
  machine: MachineFacts;
  measurements: Measurement[];
  rss: { connections: number; beforeMb: number; peakMb: number } | null;
  /** The article page's HTML and JavaScript, when the article was measured. */
  weight?: PageWeight | null;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function renderTable(measurements: readonly Measurement[]): string {
  const ceilings = new Map(
    measurements.filter((m) => m.page === STATIC_PAGE).map((m) => [m.connections, m.requestsPerSecond]),
  );
  const header = [
    "| Page | Path | Connections | Requests/s | p50 ms | p99 ms | Errors / non-2xx | vs static |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const rows = measurements.map((m) => {
    const ceiling = ceilings.get(m.connections) ?? 0;
    return `| ${cell(m.page)} | \`${cell(m.path)}\` | ${m.connections} | ${formatRate(m.requestsPerSecond)} | ${formatMs(m.p50Ms)} | ${formatMs(m.p99Ms)} | ${m.errors} / ${m.non2xx} | ${formatRatio(m.requestsPerSecond, ceiling)} |`;
  });
  return [...header, ...rows].join("\n");
}

export function renderReport(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `## Masthead bench: ${report.scale.toLocaleString("en-GB")} scale posts`,
    "",
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}.`,
    `Each row: ${report.durationSeconds} s of GET requests from autocannon on the same machine, after warming every URL.`,
    "",
    renderTable(report.measurements),
    "",
  ];
  if (report.rss) {
    lines.push(
      `Server memory (VmRSS summed over the next-server process tree): peak ${report.rss.peakMb} MB during the ` +
        `article at ${report.rss.connections} connections (${report.rss.beforeMb} MB just before that run).`,
    );
  }
  if (report.weight) lines.push("", describePageWeight(report.weight));
  return lines.join("\n");
}

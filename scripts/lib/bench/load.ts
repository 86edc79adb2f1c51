import autocannon from "autocannon";
import { BenchProblem } from "./errors";
import { sampleTreeRss, treeRssKb } from "./rss";
import { summarize, type Measurement } from "./stats";
import { STATIC_PAGE } from "./table";

// The measuring loop. Load only ever goes to this machine's loopback address,
// and every run is bounded by its duration.

export interface Target {
  page: string;
  /** What the report shows: the URL, or the first of a mix. */
  path: string;
  /** A mix of URLs each connection requests in turn, instead of `path` alone. */
  mix?: readonly string[];
  /** Sent with every request (the Content API's key); never part of the report. */
  headers?: Record<string, string>;
}

export function assertLoopback(baseUrl: string): URL {
  const url = new URL(baseUrl);
  if (url.protocol !== "http:" || url.hostname !== "127.0.0.1") {
    throw new BenchProblem(`The bench only loads http://127.0.0.1, not ${url.origin}.`);
  }
  return url;
}

export async function measure(
  baseUrl: string,
  target: Target,
  connections: number,
  durationSeconds: number,
): Promise<Measurement> {
  const url = new URL(target.path, assertLoopback(baseUrl)).toString();
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    headers: target.headers,
    ...(target.mix ? { requests: target.mix.map((path) => ({ method: "GET" as const, path })) } : {}),
  });
  return summarize(result, { page: target.page, path: target.path, connections });
}

export interface WarmResult extends Target {
  status: number;
}

/** A few sequential requests per URL (each of a mix), so caches are full before anything is timed; returns the last status of each. */
export async function warm(baseUrl: string, targets: readonly Target[], times = 5): Promise<WarmResult[]> {
  const base = assertLoopback(baseUrl);
  const results: WarmResult[] = [];
  for (const target of targets) {
    for (const path of target.mix ?? [target.path]) {
      let status = 0;
      for (let i = 0; i < times; i++) {
        const response = await fetch(new URL(path, base), {
          headers: target.headers,
          signal: AbortSignal.timeout(60_000),
        });
        await response.arrayBuffer();
        status = response.status;
      }
      results.push({ page: target.page, path, status });
    }
  }
  return results;
}

export interface MeasureAllOptions {
  baseUrl: string;
  /** Must include the static file (page STATIC_PAGE): it is the ceiling the others are compared with. */
  targets: readonly Target[];
  connections: readonly number[];
  durationSeconds: number;
  /** Whose memory to sample, and during which page at which connection count. */
  rss?: { pid: number; page: string; connections: number };
  onMeasured?: (measurement: Measurement) => void;
}

export interface MeasureAllResult {
  measurements: Measurement[];
  rss: { connections: number; beforeMb: number; peakMb: number } | null;
}

const toMb = (kb: number) => Math.round(kb / 1024);

export async function measureAll(options: MeasureAllOptions): Promise<MeasureAllResult> {
  assertLoopback(options.baseUrl);
  // The ceiling first at every connection count, then the pages in the order given.
  const ordered = [
    ...options.targets.filter((t) => t.page === STATIC_PAGE),
    ...options.targets.filter((t) => t.page !== STATIC_PAGE),
  ];
  const measurements: Measurement[] = [];
  let rss: MeasureAllResult["rss"] = null;
  for (const connections of options.connections) {
    for (const target of ordered) {
      const sampled = options.rss && options.rss.page === target.page && options.rss.connections === connections;
      const beforeKb = sampled ? treeRssKb(options.rss!.pid) : 0;
      const sampler = sampled ? sampleTreeRss(options.rss!.pid) : undefined;
      const measurement = await measure(options.baseUrl, target, connections, options.durationSeconds);
      if (sampler) rss = { connections, beforeMb: toMb(beforeKb), peakMb: toMb(sampler.stop()) };
      measurements.push(measurement);
      options.onMeasured?.(measurement);
    }
  }
  return { measurements, rss };
}

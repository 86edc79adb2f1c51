import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { log } from "../log";
import { jobQueueDepth, type JobState } from "./data/job-queue";
import { poolUse } from "./data/pool";

// Prometheus metrics of the server process, served at /metrics
// (app/metrics/route.ts) when METRICS_TOKEN is set; without it nothing is
// measured. One registry per process (globalThis): the request hook in
// instrumentation, the page cache and the route handler are separate bundles,
// and prom-client refuses a metric name registered twice.
//
// Labels are bounded: routes are Next's route patterns (/[lang]/articles/[slug]),
// never raw URLs, so a crawler asking for a million addresses adds no series.

/** Seconds; the article page from the page cache answers in a few ms, a search under load in hundreds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** A scrape waits this long for the database's share; the gauges are left empty when it does not answer. */
const QUERY_TIMEOUT_MS = 1_000;

export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<"method" | "route" | "status">;
  pageCacheLookups: Counter<"result">;
}

const holder = globalThis as unknown as { __mastheadMetrics?: Metrics };

/** The process's metrics, created (with the default process metrics) on first call. */
export function metrics(): Metrics {
  return (holder.__mastheadMetrics ??= createMetrics());
}

/** The metrics when they are being collected, else null: callers on the request path skip all work. */
export function metricsIfEnabled(): Metrics | null {
  return holder.__mastheadMetrics ?? null;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requestDuration = new Histogram({
    name: "masthead_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its response, by Next route pattern.",
    labelNames: ["method", "route", "status"] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const pageCacheLookups = new Counter({
    name: "masthead_page_cache_lookups_total",
    help: "Rendered pages looked up in the page cache: hit (served from it) or miss (rendered).",
    labelNames: ["result"] as const,
    registers,
  });
  new Gauge({
    name: "masthead_job_queue_jobs",
    help: "Jobs in the durable queue: waiting (due), scheduled (later, retries included), running, failed (out of attempts).",
    labelNames: ["state"] as const,
    registers,
    async collect() {
      this.reset();
      const depth = await withinTimeout(jobQueueDepth(), "job queue depth");
      if (!depth) return;
      for (const [state, count] of Object.entries(depth)) this.set({ state: state as JobState }, count);
    },
  });
  const pool = (name: string, help: string, read: (use: NonNullable<ReturnType<typeof poolUse>>) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const use = poolUse();
        this.set(use ? read(use) : 0);
      },
    });
  pool("masthead_db_pool_connections", "Connections the database pool holds open.", (use) => use.total);
  pool("masthead_db_pool_idle_connections", "Open connections in the pool that no query uses.", (use) => use.idle);
  pool("masthead_db_pool_waiting_queries", "Queries waiting for a connection from the pool.", (use) => use.waiting);
  return { registry, requestDuration, pageCacheLookups };
}

async function withinTimeout<T>(work: Promise<T>, what: string): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), QUERY_TIMEOUT_MS);
  });
  const settled = work.catch((err: unknown) => {
    log.warn({ err }, `Metrics: could not read the ${what}.`);
    return null;
  });
  try {
    return await Promise.race([settled, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

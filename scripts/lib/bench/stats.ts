import type autocannon from "autocannon";

// What one autocannon run says, reduced to the numbers the report shows.

export interface Measurement {
  page: string;
  path: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts: requests that got no answer at all. */
  errors: number;
  /** Answers outside 2xx (a 404 or 500 under load counts here, not as a success). */
  non2xx: number;
}

type AutocannonSummary = Pick<autocannon.Result, "requests" | "latency" | "duration" | "errors" | "non2xx">;

export function summarize(
  result: AutocannonSummary,
  target: { page: string; path: string; connections: number },
): Measurement {
  return {
    ...target,
    durationSeconds: result.duration,
    requests: result.requests.total,
    // Completed requests over the measured time, rather than autocannon's
    // average of per-second samples, which a 1–2 s run leaves with one sample.
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon counts timeouts inside `errors` already.
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export function formatRate(perSecond: number): string {
  return perSecond >= 100 ? Math.round(perSecond).toLocaleString("en-GB") : perSecond.toFixed(1);
}

export function formatMs(ms: number): string {
  return ms >= 10 ? String(Math.round(ms)) : ms.toFixed(1);
}

export function formatRatio(value: number, ceiling: number): string {
  if (ceiling <= 0) return "–";
  const percent = (value / ceiling) * 100;
  // One decimal below 10 %, so a page at 0.4 % of the ceiling doesn't read as "0 %".
  return `${percent < 10 ? percent.toFixed(1) : percent.toFixed(0)} %`;
}

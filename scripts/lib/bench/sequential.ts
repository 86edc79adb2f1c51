// Staff pages are used by a few people at a time, so the admin bench times
// one request after another and reports the spread, not throughput.

export interface LatencySummary {
  label: string;
  samples: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (!sortedMs.length) return 0;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index]!;
}

/** Runs `setup` untimed and `timed` timed, `samples` times in a row, after `warmup` untimed rounds. */
export async function timeSequential<T>(
  label: string,
  options: {
    samples: number;
    warmup?: number;
    setup?: (i: number) => Promise<T>;
    timed: (prepared: T, i: number) => Promise<unknown>;
  },
): Promise<LatencySummary> {
  const durations: number[] = [];
  const warmup = options.warmup ?? 3;
  for (let i = 0; i < warmup + options.samples; i++) {
    const prepared = (await options.setup?.(i)) as T;
    const started = performance.now();
    await options.timed(prepared, i);
    if (i >= warmup) durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { label, samples: durations.length, p50Ms: percentile(durations, 50), p99Ms: percentile(durations, 99) };
}

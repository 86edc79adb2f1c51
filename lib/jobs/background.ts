import "server-only";
import { startQueueWorker } from "./queue";
import { startScheduler } from "./scheduler";
import type { RevalidateTarget } from "./site-revalidation";
import { jobTasks } from "./tasks";

// Everything that runs in the background, started together by the web server
// (instrumentation.ts) or by `npm run worker`, and stopped together: the
// scheduler's timer and the job queue's worker.

export async function startBackgroundWork(options: {
  databaseUrl: string;
  intervalMs: number;
  revalidate: RevalidateTarget | null;
  log?: (line: string) => void;
  unref?: boolean;
  /**
   * Stop on SIGTERM/SIGINT, for a process whose exit someone else owns (the
   * web server): best effort, so jobs in progress finish and are marked done
   * rather than left locked until the engine frees them.
   */
  stopOnSignals?: boolean;
}): Promise<{ stop: () => Promise<void> }> {
  const queue = await startQueueWorker({ databaseUrl: options.databaseUrl, tasks: jobTasks() });
  const scheduler = startScheduler(options);
  const stop = async () => {
    await Promise.all([scheduler.stop(), queue.stop()]);
  };
  if (options.stopOnSignals) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
  }
  return { stop };
}

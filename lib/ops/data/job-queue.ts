import "server-only";
import { db } from "../../db";
import { QUEUE_SCHEMA } from "../../jobs/queue-schema";

// The queue depth /metrics reports, read from the engine's public view when scraped.

export type JobState = "waiting" | "scheduled" | "running" | "failed";

/** Jobs in the queue by state: due and free, due later (new or a retry), locked by a worker, out of attempts. */
export async function jobQueueDepth(): Promise<Record<JobState, number>> {
  const [row] = await db.$queryRawUnsafe<Record<JobState, bigint>[]>(`
    SELECT count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NULL AND run_at <= now()) AS waiting,
           count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NULL AND run_at > now()) AS scheduled,
           count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NOT NULL) AS running,
           count(*) FILTER (WHERE attempts >= max_attempts) AS failed
      FROM ${QUEUE_SCHEMA}.jobs`);
  return {
    waiting: Number(row?.waiting ?? 0),
    scheduled: Number(row?.scheduled ?? 0),
    running: Number(row?.running ?? 0),
    failed: Number(row?.failed ?? 0),
  };
}

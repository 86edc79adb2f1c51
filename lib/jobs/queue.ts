import { Logger, type LogLevel, run, runMigrations, type Runner, type TaskList } from "graphile-worker";
import type { Prisma } from "../db";
import { log } from "../log";
import { QUEUE_SCHEMA } from "./queue-schema";

// The durable job queue: graphile-worker on the site's own PostgreSQL. A job
// is a row in its schema (graphile_worker), so `enqueue` inside a domain
// transaction is a transactional outbox: the job exists exactly when the
// change that caused it was committed. Workers pick jobs up at once (LISTEN/
// NOTIFY), lock each with SKIP LOCKED so several processes may run, and keep
// what they could not finish for the next start. README "Background jobs".

/** Anything that runs raw SQL in the caller's transaction (a Prisma interactive transaction). */
export interface QueueTx {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Prisma.PrismaPromise<number>;
}

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Attempts the engine itself makes when the task throws (crashes, a lost database); default 5. */
  maxAttempts?: number;
}

/** Adds a job in the caller's transaction: it runs once that transaction commits, and never if it rolls back. */
export async function enqueue(
  tx: QueueTx,
  task: string,
  /** Plain JSON: it is stored as such and parsed again when the job runs. */
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 5}::int)`;
}

// The engine's info lines (every job started and finished) would drown the server's log.
const quietLogger = new Logger(() => (level: LogLevel, message: string) => {
  if (level === "error") log.error({ component: "jobs" }, message);
  else if (level === "warning") log.warn({ component: "jobs" }, message);
});

/** Creates or upgrades the engine's schema; the migration runner calls it after our own migrations. */
export async function installQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, logger: quietLogger });
}

export interface QueueWorker {
  /** Lets jobs in progress finish (up to the engine's grace period), then closes the worker's connections. */
  stop: () => Promise<void>;
}

/** Runs the tasks' jobs in this process until stopped. Signals are left to the caller, who stops the worker cleanly. */
export async function startQueueWorker(options: {
  databaseUrl: string;
  tasks: TaskList;
  concurrency?: number;
  /** How often jobs scheduled for later (retries) are looked for; new jobs arrive at once. */
  pollIntervalMs?: number;
}): Promise<QueueWorker> {
  const runner: Runner = await run({
    connectionString: options.databaseUrl,
    schema: QUEUE_SCHEMA,
    taskList: options.tasks,
    concurrency: options.concurrency ?? 2,
    maxPoolSize: (options.concurrency ?? 2) + 2,
    pollInterval: options.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    logger: quietLogger,
  });
  let stopping: Promise<void> | undefined;
  return { stop: () => (stopping ??= runner.stop()) };
}

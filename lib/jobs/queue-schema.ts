/** The job queue's own schema: installed and upgraded by the engine (lib/jobs/queue.ts), never by our migrations, never exported. */
export const QUEUE_SCHEMA = "graphile_worker";

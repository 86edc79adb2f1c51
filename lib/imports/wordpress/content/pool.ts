import { existsSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import type { ContentResult, ContentTask } from "./prepare-content";

// Import workers: each post's conversion and rendering (prepare-content.ts)
// on threads beside the one that reads the export and writes the database,
// one message per post. Used by the import command; the site itself never
// starts them.

/** Where the bundled worker entry lives, relative to the project folder. */
export const IMPORT_WORKER_FILE = "lib/imports/wordpress/content/generated/import-worker.mjs";

// A post's own heap: one that would need more fails alone instead of growing the import's memory.
const WORKER_HEAP_MB = 48;

export interface ImportWorkers {
  prepare(task: ContentTask): Promise<ContentResult>;
  close(): Promise<void>;
}

export function startImportWorkers(threads: number): ImportWorkers {
  const filename = path.resolve(IMPORT_WORKER_FILE);
  if (!existsSync(filename)) throw new Error(`The import worker ${IMPORT_WORKER_FILE} is missing.`);
  const piscina = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 4 },
  });
  return {
    prepare: (task) => piscina.run(task) as Promise<ContentResult>,
    close: () => piscina.destroy(),
  };
}

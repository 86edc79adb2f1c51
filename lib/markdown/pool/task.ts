import type { MarkdownProfile, RenderOptions } from "../types";

export interface RenderTask {
  markdown: string;
  profile: MarkdownProfile;
  options: RenderOptions;
}

/** Where the bundled worker entry lives, relative to the project folder (the server's working directory). */
export const RENDER_WORKER_FILE = "lib/markdown/pool/generated/render-worker.mjs";

/**
 * The workers' niceness (Linux): on a busy machine a render yields the CPU to
 * the request thread, so pages keep answering while a costly body renders;
 * an idle core still runs it at full speed. Moderate, because the budget is
 * wall-clock time and an ordinary render must still finish inside it under
 * load. Beside 0 and 10 in one quiet run of `npm run bench:isolation`, all
 * three kept p99 near 200 ms within the machine's noise (README).
 */
export const RENDER_NICENESS = 5;

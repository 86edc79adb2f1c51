import type { MarkdownProfile, RenderOptions } from "../types";

export interface RenderTask {
  markdown: string;
  profile: MarkdownProfile;
  options: RenderOptions;
}

/** Where the bundled worker entry lives, relative to the project folder (the server's working directory). */
export const RENDER_WORKER_FILE = "lib/markdown/pool/generated/render-worker.mjs";

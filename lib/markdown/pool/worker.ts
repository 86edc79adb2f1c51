import { setPriority } from "node:os";
import type { MessagePort } from "node:worker_threads";
import { render } from "../render";
import { RENDER_NICENESS, type RenderTask } from "./task";

// The entry of each worker thread, bundled into a plain .mjs file
// (scripts/lib/cli/markdown-worker.ts) so the production server, vitest and
// tsx scripts all load the same file without a TypeScript loader.

// Linux gives a thread its own niceness (setpriority on "this process" means
// the calling thread there); elsewhere it would lower the whole server's, so
// it is left alone.
if (process.platform === "linux") setPriority(RENDER_NICENESS);

export default function renderTask(task: RenderTask & { started: MessagePort }) {
  // The time budget counts from here, not from when the task was queued.
  task.started.postMessage(null);
  task.started.close();
  return render(task.markdown, task.profile, task.options);
}

import type { MessagePort } from "node:worker_threads";
import { render } from "../render";
import type { RenderTask } from "./task";

// The entry of each worker thread, bundled into a plain .mjs file
// (scripts/lib/cli/markdown-worker.ts) so the production server, vitest and
// tsx scripts all load the same file without a TypeScript loader.

export default function renderTask(task: RenderTask & { started: MessagePort }) {
  // The time budget counts from here, not from when the task was queued.
  task.started.postMessage(null);
  task.started.close();
  return render(task.markdown, task.profile, task.options);
}

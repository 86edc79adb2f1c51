import { prepareContent, type ContentTask } from "./prepare-content";

// The entry of each import worker thread, bundled into a plain .mjs file
// (scripts/lib/cli/import-worker.ts) as the Markdown workers are, so the
// import command loads it without a TypeScript loader.

export default function prepareTask(task: ContentTask) {
  return prepareContent(task);
}

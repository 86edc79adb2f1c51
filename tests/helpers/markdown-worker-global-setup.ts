import { ensureMarkdownWorker } from "../../scripts/lib/cli/markdown-worker";

// The Markdown pool's worker threads load the bundled entry, as the server does.
export default function setup() {
  ensureMarkdownWorker();
}

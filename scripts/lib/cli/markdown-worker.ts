import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { RENDER_WORKER_FILE } from "../../../lib/markdown/pool/task";

// The Markdown worker threads load one self-contained ES module: the
// pipeline and its remark/rehype dependencies bundled by esbuild (which tsx
// already brings). Next bundles server code into chunks a worker thread
// cannot import, and vitest's and tsx's TypeScript loaders do not reach
// worker threads, so a prebuilt file is the one entry all three can load.

const require = createRequire(import.meta.url);
const ENTRY = "lib/markdown/pool/worker.ts";
const STAMP = `${RENDER_WORKER_FILE}.hash`;

function sourcesHash(): string {
  const hash = createHash("sha256");
  const folder = "lib/markdown";
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "generated") continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else hash.update(file).update(readFileSync(file));
    }
  };
  visit(folder);
  return hash.update(readFileSync("package-lock.json")).digest("hex");
}

/** Bundles the worker entry unless the bundle was made from exactly these sources. */
export function ensureMarkdownWorker(): void {
  const current = sourcesHash();
  if (existsSync(RENDER_WORKER_FILE) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current) return;
  const esbuild = require("esbuild") as typeof import("esbuild");
  mkdirSync(path.dirname(RENDER_WORKER_FILE), { recursive: true });
  esbuild.buildSync({
    entryPoints: [ENTRY],
    outfile: RENDER_WORKER_FILE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
  });
  writeFileSync(STAMP, current);
}

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { IMPORT_WORKER_FILE } from "../../../lib/imports/wordpress/content/pool";

// The import workers load one self-contained ES module, bundled by esbuild
// as the Markdown workers' is (markdown-worker.ts says why), and rebuilt
// only when the sources it is made from change.

const require = createRequire(import.meta.url);
const ENTRY = "lib/imports/wordpress/content/worker.ts";
const STAMP = `${IMPORT_WORKER_FILE}.hash`;
const SOURCES = ["lib/markdown", "lib/imports/wordpress/content"];

function sourcesHash(): string {
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "generated") continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else hash.update(file).update(readFileSync(file));
    }
  };
  for (const folder of SOURCES) visit(folder);
  return hash.update(readFileSync("package-lock.json")).digest("hex");
}

/** Bundles the worker entry unless the bundle was made from exactly these sources. */
export function ensureImportWorker(): void {
  const current = sourcesHash();
  if (existsSync(IMPORT_WORKER_FILE) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current) return;
  const esbuild = require("esbuild") as typeof import("esbuild");
  mkdirSync(path.dirname(IMPORT_WORKER_FILE), { recursive: true });
  esbuild.buildSync({
    entryPoints: [ENTRY],
    outfile: IMPORT_WORKER_FILE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
  });
  writeFileSync(STAMP, current);
}

import { readFileSync } from "node:fs";

// What tests/e2e/server-references.spec.ts needs to call Next's server
// references as an anonymous outsider would: the list from the production
// build's manifest, a page address that hosts each one, and arguments encoded
// the way React's encodeReply sends them.

export interface ServerReference {
  id: string;
  /** "file.ts#exportedName"; 'use cache' functions are named $$RSC_SERVER_CACHE_<n>. */
  name: string;
  kind: "cached" | "action";
  /** A page that bundles the reference, with made-up parameter values. */
  path: string;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** "app/(site)/[lang]/articles/[slug]/page" → "/articles/2" (a bare address); null for route handlers, which do not run actions. */
function pathOfWorker(worker: string): string | null {
  if (!worker.endsWith("/page")) return null;
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment) && segment !== "[lang]")
    .map((segment) => (/^\[.*\]$/.test(segment) ? "2" : segment))
    .join("/");
  return path || "/";
}

export function readServerReferences(distDir: string): ServerReference[] {
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const paths = Object.keys(entry.workers).flatMap((worker) => pathOfWorker(worker) ?? []);
    return {
      id,
      name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`,
      kind: entry.exportedName?.startsWith("$$RSC_SERVER_CACHE") ? "cached" : "action",
      // With no page to host it, Next forwards the call from any page to where it lives.
      path: paths.find((p) => !p.startsWith("/admin")) ?? paths[0] ?? "/",
    };
  });
}

/**
 * Arguments as React's encodeReply writes plain values: JSON, with strings
 * starting with "$" escaped and the numbers JSON cannot hold spelled out.
 */
export function encodeReply(args: unknown[]): string {
  return JSON.stringify(args, function (_key, value: unknown) {
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (typeof value === "number" && !Number.isFinite(value))
      return Number.isNaN(value) ? "$NaN" : value > 0 ? "$Infinity" : "$-Infinity";
    if (value === undefined) return "$undefined";
    return value;
  });
}

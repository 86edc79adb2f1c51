import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { ensureMarkdownWorker } from "./markdown-worker";

// Keeps derived artefacts in step with their sources, so `npm start` on a
// fresh clone (or after a pull) generates and builds exactly when needed.

const require = createRequire(import.meta.url);

function hashInputs(inputs: string[]): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    if (statSync(entry).isDirectory()) {
      for (const name of readdirSync(entry).sort()) {
        if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
        visit(path.join(entry, name));
      }
    } else {
      hash.update(entry).update(readFileSync(entry));
    }
  };
  inputs.forEach(visit);
  return hash.digest("hex");
}

export class BuildFailed extends Error {}

function run(what: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new BuildFailed(`${what} failed: see its output above.`);
}

/**
 * `prisma generate` works offline once it is told where a schema engine "is": it never runs it.
 * Every entry point (start, dev, build, the e2e and bench servers) calls this first, so it also
 * brings the other generated code up to date: the Markdown worker bundle.
 */
export function ensurePrismaClient(force = false): void {
  ensureMarkdownWorker();
  const stamp = "lib/db/generated/.schema-hash";
  const current = hashInputs(["prisma/schema.prisma", "package-lock.json"]);
  if (!force && existsSync(stamp) && readFileSync(stamp, "utf8") === current) return;
  run("prisma generate", process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
  writeFileSync(stamp, current);
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

export function nextBin(): string {
  return require.resolve("next/dist/bin/next");
}

/** Where `next build` writes: next.config.ts reads the same variable. */
export function distDir(): string {
  return process.env.MASTHEAD_DIST_DIR || ".next";
}

/**
 * Runs `next build` unless the build folder already holds a build of exactly
 * these sources, for this database and site address, with this content: the
 * build prerenders pages from the database, so a build made against another
 * database (or before a seed) would serve the wrong pages.
 */
export async function ensureNextBuild(options: { databaseUrl: string; force?: boolean }): Promise<void> {
  ensurePrismaClient();
  const dir = distDir();
  const stamp = path.join(dir, "masthead-build-stamp");
  const current = createHash("sha256")
    .update(hashInputs(BUILD_INPUTS))
    .update(options.databaseUrl)
    .update(process.env.SITE_URL ?? "")
    .update(await contentFingerprint(options.databaseUrl))
    .digest("hex");
  const upToDate =
    existsSync(path.join(dir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current;
  if (upToDate && !options.force) return;
  console.log("Building the site (first start, or the sources or content changed since the last build)…");
  run("next build", process.execPath, [nextBin(), "build"], {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
  writeFileSync(stamp, current);
}

/** Changes whenever public content changes: cheap, indexed aggregates. */
async function contentFingerprint(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Post") AS posts,
             (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Contributor") AS contributors,
             (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Series") AS series,
             (SELECT count(*) || ':' || coalesce(max("createdAt")::text, '') FROM "Section") AS sections,
             (SELECT count(*) FROM "Tag") AS tags,
             (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "SiteSetting") AS settings`);
    return JSON.stringify(rows[0]);
  } finally {
    await client.end();
  }
}

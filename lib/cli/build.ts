import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

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

/** `prisma generate` works offline once it is told where a schema engine "is": it never runs it. */
export function ensurePrismaClient(force = false): void {
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
  "app", "components", "lib", "public", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma",
];

export function nextBin(): string {
  return require.resolve("next/dist/bin/next");
}

/** Runs `next build` unless .next already holds a build of exactly these sources. */
export function ensureNextBuild(force = false): void {
  ensurePrismaClient();
  const stamp = ".next/masthead-source-hash";
  const current = hashInputs(BUILD_INPUTS);
  if (!force && existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === current) return;
  console.log("Building the site (first start, or the sources changed)…");
  run("next build", process.execPath, [nextBin(), "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" });
  writeFileSync(stamp, current);
}

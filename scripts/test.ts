import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./lib/cli/build";

// `npm test`: typecheck, lint, unit, integration and end-to-end tests, all of
// them even when one fails, then one summary line "N passed, N failed".

const resultsDir = path.resolve(".data/test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads test counts from the runner's JSON report; absent: the step counts as one check. */
  counts?: () => { passed: number; failed: number };
}

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const readJson = (file: string) => JSON.parse(readFileSync(path.join(resultsDir, file), "utf8"));

const steps: Step[] = [
  { name: "typecheck", command: [bin("tsc"), "--noEmit", "-p", "."] },
  { name: "lint", command: [bin("eslint"), ".", "--max-warnings", "0"] },
  {
    name: "unit + integration",
    command: [bin("vitest"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultsDir}/vitest.json`],
    counts: () => {
      const report = readJson("vitest.json");
      // Files that fail to load count as failures even though no test in them ran.
      const brokenFiles = report.testResults.filter((f: { status: string; assertionResults: unknown[] }) =>
        f.status === "failed" && f.assertionResults.length === 0).length;
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
    },
  },
  {
    name: "end-to-end",
    command: [bin("playwright"), "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(resultsDir, "playwright.json") },
    counts: () => {
      const { stats } = readJson("playwright.json");
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
  },
];

ensurePrismaClient();
let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
  });
  let counts = { passed: result.status === 0 ? 1 : 0, failed: result.status === 0 ? 0 : 1 };
  if (step.counts) {
    try {
      counts = step.counts();
      if (result.status !== 0 && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
    } catch {
      counts = { passed: 0, failed: 1 }; // no report: the runner itself failed
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed) failedSteps.push(step.name);
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

export {};

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./lib/cli/build";

// `npm test`: typecheck, lint, formatting, unit, slow, cluster, integration and end-to-end tests,
// all of them even when one fails, each step's seconds, a table of them, then
// one summary line "N passed, N failed".

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

interface StepTiming {
  name: string;
  seconds: number;
  passed: number;
  failed: number;
}

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const readJson = (file: string) => JSON.parse(readFileSync(path.join(resultsDir, file), "utf8"));

/** One vitest project, with its own JSON report. */
function vitestStep(project: string): Step {
  const report = `vitest-${project}.json`;
  return {
    name: project,
    command: [
      bin("vitest"),
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${resultsDir}/${report}`,
    ],
    counts: () => {
      const { testResults, numPassedTests, numFailedTests } = readJson(report);
      // Files that fail to load count as failures even though no test in them ran.
      const brokenFiles = testResults.filter(
        (f: { status: string; assertionResults: unknown[] }) =>
          f.status === "failed" && f.assertionResults.length === 0,
      ).length;
      return { passed: numPassedTests, failed: numFailedTests + brokenFiles };
    },
  };
}

const steps: Step[] = [
  { name: "typecheck", command: [bin("tsc"), "--noEmit", "-p", "."] },
  { name: "lint", command: [bin("eslint"), ".", "--max-warnings", "0"] },
  { name: "format", command: [bin("prettier"), "--check", "--log-level", "warn", "."] },
  vitestStep("unit"),
  vitestStep("slow"),
  // Two servers, Redis, an S3 server and nginx (tests/cluster): a build of its own, then about a minute.
  vitestStep("cluster"),
  vitestStep("integration"),
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
const timings: StepTiming[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const startedAt = performance.now();
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
  const seconds = (performance.now() - startedAt) / 1000;
  console.log(`◀ ${step.name}: ${seconds.toFixed(1)} s`);
  timings.push({ name: step.name, seconds, ...counts });
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed) failedSteps.push(step.name);
}

console.log(`\n${timingTable(timings)}`);
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function timingTable(rows: StepTiming[]): string {
  const total = rows.reduce((sum, row) => sum + row.seconds, 0);
  const lines = [
    ...rows.map((row) => [row.name, row.seconds.toFixed(1), String(row.passed), String(row.failed)]),
    ["total", total.toFixed(1), "", ""],
  ];
  const header = ["step", "seconds", "passed", "failed"];
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (line: string[]) =>
    line
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ");
  return [format(header), ...lines.map(format)].join("\n");
}

export {};

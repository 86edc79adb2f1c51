import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { descendantsOf, parseParentPid, parseVmRssKb, treeRssKb } from "../../scripts/lib/bench/rss";

const status = (rss?: number) =>
  [
    "Name:\tnext-server (v1",
    "State:\tS (sleeping)",
    "VmPeak:\t 9999999 kB",
    ...(rss === undefined ? [] : [`VmRSS:\t  ${rss} kB`]),
    "Threads:\t11",
  ].join("\n");

describe("reading /proc", () => {
  it("takes VmRSS in kB from a status file, not VmPeak or VmHWM", () => {
    expect(parseVmRssKb(status(204800))).toBe(204800);
  });

  it("finds no RSS for a kernel thread's status", () => {
    expect(parseVmRssKb(status())).toBeNull();
  });

  it("reads the parent pid even when the command name holds spaces and parentheses", () => {
    expect(parseParentPid("4242 (next-server (v16.4.6)) S 4100 4242 4100 0 -1 4194560")).toBe(4100);
    expect(parseParentPid("1 (init) S 0 1 1 0")).toBe(0);
  });

  it("collects a process and all its descendants, and nothing else", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
      [21, 20],
    ]);
    expect(descendantsOf(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe("the memory of a process tree", () => {
  const proc = mkdtempSync(path.join(tmpdir(), "bench-proc-"));
  afterAll(() => rmSync(proc, { recursive: true, force: true }));
  const fake = (pid: number, ppid: number, rss?: number) => {
    mkdirSync(path.join(proc, String(pid)));
    writeFileSync(path.join(proc, String(pid), "stat"), `${pid} (node) S ${ppid} 1 1 0`);
    writeFileSync(path.join(proc, String(pid), "status"), status(rss));
  };

  it("sums VmRSS over the server and its children only", () => {
    fake(100, 1, 1000);
    fake(101, 100, 250);
    fake(102, 101, 50);
    fake(200, 1, 9000);
    mkdirSync(path.join(proc, "self"));
    expect(treeRssKb(100, proc)).toBe(1300);
  });

  it("counts a process that vanished between listing and reading as nothing", () => {
    mkdirSync(path.join(proc, "103"));
    writeFileSync(path.join(proc, "103", "stat"), "103 (node) S 100 1 1 0");
    expect(treeRssKb(100, proc)).toBe(1300);
  });

  it("is non-zero for this very process on Linux", () => {
    expect(treeRssKb(process.pid)).toBeGreaterThan(10_000);
  });
});

import { describe, expect, it } from "vitest";
import { BenchArgsError } from "../../scripts/lib/bench/args";
import { parseClusterBenchArgs } from "../../scripts/lib/bench/cluster-args";
import { renderClusterReport, verdictFor, type ClusterRun } from "../../scripts/lib/bench/cluster-report";
import type { Measurement } from "../../scripts/lib/bench/stats";

const machine = { cpuModel: "Test CPU", cores: 2, memoryGb: 8, node: "v20.20.0", platform: "linux 6" };

function m(requestsPerSecond: number, p99Ms: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    page: "article",
    path: "/articles/a",
    connections: 64,
    durationSeconds: 10,
    requests: requestsPerSecond * 10,
    requestsPerSecond,
    p50Ms: p99Ms / 4,
    p99Ms,
    errors: 0,
    non2xx: 0,
    ...extra,
  };
}

function run(overrides: Partial<ClusterRun["measurements"]> = {}, loadAverage = 3.2): ClusterRun {
  return {
    measurements: {
      app: m(1200, 180),
      edgeNoCache: m(1100, 210),
      edgeCache: m(6000, 20),
      static: m(10000, 15),
      ...overrides,
    },
    loadAverage,
  };
}

describe("the cluster bench's targets", () => {
  it("the app alone meets its target only with p99 at most 250 ms and no failed requests", () => {
    expect(verdictFor("app", run())).toEqual({ target: "p99 ≤ 250 ms", met: true });
    expect(verdictFor("app", run({ app: m(1200, 250) }))?.met).toBe(true);
    expect(verdictFor("app", run({ app: m(1200, 251) }))?.met).toBe(false);
    expect(verdictFor("app", run({ app: m(1200, 100, { non2xx: 3 }) }))?.met).toBe(false);
  });

  it("the micro-cache must reach half the static file's rate in the same run, with p99 at most 50 ms", () => {
    expect(verdictFor("edgeCache", run())?.met).toBe(true);
    expect(verdictFor("edgeCache", run({ edgeCache: m(4999, 20) }))?.met).toBe(false);
    expect(verdictFor("edgeCache", run({ edgeCache: m(4000, 20), static: m(8000, 15) }))?.met).toBe(true);
    expect(verdictFor("edgeCache", run({ edgeCache: m(9000, 51) }))?.met).toBe(false);
    expect(verdictFor("edgeCache", run({ edgeCache: m(9000, 20, { errors: 1 }) }))?.met).toBe(false);
  });

  it("sets none for the uncached edge and the static file", () => {
    expect(verdictFor("edgeNoCache", run())).toBeNull();
    expect(verdictFor("static", run())).toBeNull();
  });
});

describe("the cluster bench's report", () => {
  const report = renderClusterReport({
    machine,
    path: "/articles/a",
    connections: 64,
    durationSeconds: 10,
    runs: [run(), run({ app: m(900, 400), edgeCache: m(7000, 30), static: m(12000, 14) }, 6.5)],
  });

  it("shows every setup of every run beside its target and the static file's share", () => {
    expect(report).toContain(
      "| 1 | (a) one instance, direct | 1,200 | 45 | 180 | 0 / 0 | 12 % | p99 ≤ 250 ms | met | 3.2 |",
    );
    expect(report).toContain(
      "| 2 | (a) one instance, direct | 900 | 100 | 400 | 0 / 0 | 7.5 % | p99 ≤ 250 ms | missed | 6.5 |",
    );
    expect(report).toContain(
      "| 1 | (c) two instances behind nginx, micro-cache | 6,000 | 5.0 | 20 | 0 / 0 | 60 % | ≥ 50 % of static, p99 ≤ 50 ms | met | 3.2 |",
    );
    expect(report).toContain(
      "| 2 | (d) nginx, the same page as a static file | 12,000 | 3.5 | 14 | 0 / 0 | 100 % | – | – | 6.5 |",
    );
    expect(report.match(/^\| \d \| /gm)).toHaveLength(8);
  });

  it("ends with each setup's spread over the runs and how often its target was met", () => {
    expect(report).toContain(
      "- (a) one instance, direct: 900–1,200 req/s (8–12 % of static), p99 180–400 ms; target met in 1 of 2 run(s).",
    );
    expect(report).toContain(
      "- (b) two instances behind nginx, no micro-cache: 1,100 req/s (9–11 % of static), p99 210 ms.",
    );
    expect(report).toContain("target met in 2 of 2 run(s)");
  });
});

describe("the cluster bench's flags", () => {
  it("default to the article at 64 connections for 10 s, once, with nginx on 8200", () => {
    expect(parseClusterBenchArgs([])).toEqual({
      scale: 1000,
      skipBuild: false,
      port: 3200,
      edgePort: 8200,
      duration: 10,
      connections: 64,
      runs: 1,
    });
  });

  it("read the edge's port and the number of runs, and refuse nonsense with the flag's name", () => {
    expect(parseClusterBenchArgs(["--edge-port", "8252", "--runs=3", "--port", "3254"])).toMatchObject({
      edgePort: 8252,
      runs: 3,
      port: 3254,
    });
    expect(() => parseClusterBenchArgs(["--edge-port", "80"])).toThrow(BenchArgsError);
    expect(() => parseClusterBenchArgs(["--runs", "0"])).toThrow(/--runs must be at least 1/);
  });
});

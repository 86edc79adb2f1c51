import { describe, expect, it } from "vitest";
import { chaosChecks, phaseOf, recoveryMs, type ChaosEvent, type ChaosFindings } from "../../scripts/lib/chaos/report";

// How `npm run chaos` judges a run: each check fails on the behaviour the
// issue forbids, and passes on a run that did everything right.

const outage = { stoppedAt: 1000, readyAt: 3000 };

const goodRun: ChaosEvent[] = [
  { traffic: "cached read", at: 500, outcome: 200 },
  { traffic: "cached read", at: 2000, outcome: 200 },
  { traffic: "cached read", at: 4000, outcome: 200 },
  { traffic: "database read", at: 500, outcome: 200 },
  { traffic: "database read", at: 2000, outcome: 503, retryAfter: true },
  { traffic: "database read", at: 3400, outcome: 200 },
  { traffic: "comment", at: 500, outcome: 200, acknowledged: true, commentIndex: 0 },
  { traffic: "comment", at: 2000, outcome: 200, acknowledged: false, refusedAs: "unavailable", commentIndex: 1 },
  { traffic: "comment", at: 3500, outcome: 200, acknowledged: true, commentIndex: 2 },
];

const findings = (changes: Partial<ChaosFindings> = {}): ChaosFindings => ({
  events: goodRun,
  outage,
  missingComments: [],
  acknowledgedComments: 2,
  storedComments: 2,
  serverStillRunning: true,
  recoveryLimitMs: 10_000,
  ...changes,
});

const failed = (f: ChaosFindings) => chaosChecks(f).filter((c) => !c.ok);

describe("judging a chaos run", () => {
  it("requests are placed in the phase they were sent in", () => {
    expect([999, 1000, 2999, 3000].map((at) => phaseOf(at, outage))).toEqual(["before", "during", "during", "after"]);
  });

  it("recovery is timed from the database being ready to the first database read that succeeded", () => {
    expect(recoveryMs(goodRun, outage)).toBe(400);
  });

  it("a run that did everything right passes every check", () => {
    expect(failed(findings())).toEqual([]);
  });

  it("a 500 fails the run", () => {
    const events = [...goodRun, { traffic: "comment" as const, at: 2100, outcome: 500 }];
    expect(failed(findings({ events })).map((c) => c.text)).toEqual([expect.stringMatching(/^no 5xx/)]);
  });

  it("a cached page that failed during the outage fails the run", () => {
    const events = [...goodRun, { traffic: "cached read" as const, at: 2100, outcome: 503, retryAfter: true }];
    expect(failed(findings({ events })).map((c) => c.text)).toEqual([expect.stringMatching(/^cached article pages/)]);
  });

  it("a 503 without Retry-After fails the run", () => {
    const events = [...goodRun, { traffic: "database read" as const, at: 2100, outcome: 503, retryAfter: false }];
    expect(failed(findings({ events })).map((c) => c.text)).toEqual([expect.stringMatching(/Retry-After/)]);
  });

  it("no recovery within the limit fails the run", () => {
    expect(failed(findings({ recoveryLimitMs: 300 })).map((c) => c.text)).toEqual([
      expect.stringMatching(/after the database was back/),
    ]);
  });

  it("an acknowledged comment missing from the database fails the run", () => {
    expect(failed(findings({ missingComments: [2] })).map((c) => c.text)).toEqual([expect.stringMatching(/1 missing/)]);
  });

  it("a server that had to be restarted fails the run", () => {
    expect(failed(findings({ serverStillRunning: false }))).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { renderCommentReport, readShare, type CommentBenchReport } from "../../scripts/lib/bench/comments-report";
import { classifyActionAnswer, summarizePosting, type PostOutcome } from "../../scripts/lib/bench/comments-summary";
import type { Measurement } from "../../scripts/lib/bench/stats";

const accepted = (latencyMs: number): PostOutcome => ({ kind: "accepted", latencyMs });

describe("reading a server action's answer", () => {
  it("takes an ok result as accepted", () => {
    expect(
      classifyActionAnswer(200, '0:{"a":"$@1","f":"","b":"x"}\n1:{"ok":true,"data":{"status":"PENDING"}}\n'),
    ).toEqual({ kind: "accepted" });
  });

  it("names the error code of a refusal", () => {
    expect(
      classifyActionAnswer(
        200,
        '1:{"ok":false,"error":{"code":"rate-limited","message":"comments.error.tooManyPerMinute","fieldErrors":{}}}',
      ),
    ).toEqual({ kind: "refused", code: "rate-limited" });
  });

  it("counts an HTTP error as a failure, even with a result in its body", () => {
    expect(classifyActionAnswer(500, "Internal Server Error")).toEqual({ kind: "failed", reason: "HTTP 500" });
    expect(classifyActionAnswer(404, '1:{"ok":true}')).toEqual({ kind: "failed", reason: "HTTP 404" });
  });
});

describe("the posting summary", () => {
  it("counts lost comments as sent minus stored, and errors as everything not accepted", () => {
    const outcomes: PostOutcome[] = [
      accepted(10),
      accepted(20),
      accepted(30),
      { kind: "refused", code: "rate-limited", latencyMs: 1 },
      { kind: "refused", code: "rate-limited", latencyMs: 1 },
      { kind: "failed", reason: "timeout", latencyMs: 30_000 },
    ];
    const summary = summarizePosting(outcomes, { PENDING: 2, SPAM: 1, APPROVED: 0 });
    expect(summary).toMatchObject({
      sent: 6,
      accepted: 3,
      stored: 3,
      errors: 3,
      lost: 3,
      storedByStatus: [
        ["PENDING", 2],
        ["SPAM", 1],
      ],
      errorsByKind: [
        ["rate-limited", 2],
        ["timeout", 1],
      ],
    });
  });

  it("takes percentiles over accepted posts only, so quick refusals cannot flatter them", () => {
    const outcomes: PostOutcome[] = [
      ...Array.from({ length: 99 }, (_, i) => accepted(i + 1)),
      accepted(500),
      ...Array.from({ length: 50 }, () => ({ kind: "refused" as const, code: "rate-limited", latencyMs: 0.5 })),
    ];
    const summary = summarizePosting(outcomes, { PENDING: 100 });
    expect(summary.p50Ms).toBe(50);
    expect(summary.p99Ms).toBe(99);
    expect(summarizePosting([...outcomes, accepted(600)], { PENDING: 101 }).p99Ms).toBe(500);
  });

  it("reports zero percentiles when nothing was accepted", () => {
    expect(summarizePosting([{ kind: "failed", reason: "no answer", latencyMs: 3 }], {})).toMatchObject({
      p50Ms: 0,
      p99Ms: 0,
      lost: 1,
    });
  });
});

const reads = (requestsPerSecond: number, p99Ms: number): Measurement => ({
  page: "article",
  path: "/articles/a-fair-rent",
  connections: 64,
  durationSeconds: 30,
  requests: requestsPerSecond * 30,
  requestsPerSecond,
  p50Ms: 80,
  p99Ms,
  errors: 0,
  non2xx: 0,
});

function report(
  overrides: { withComments?: number; p99?: number; sent?: number; stored?: number } = {},
): CommentBenchReport {
  const sent = overrides.sent ?? 600;
  return {
    scale: 1000,
    durationSeconds: 30,
    ratePerSecond: 20,
    readers: 100,
    machine: { cpuModel: "Test CPU", cores: 2, memoryGb: 24, node: "v20.19.0", platform: "linux 6.1" },
    readsAlone: reads(500, 200),
    readsWithComments: reads(overrides.withComments ?? 450, 260),
    posting: {
      ...summarizePosting(
        Array.from({ length: sent }, () => accepted(overrides.p99 ?? 40)),
        { PENDING: overrides.stored ?? sent },
      ),
      sendingMs: 29_900,
      maxLateMs: 3,
      clientDelayP99Ms: 12,
    },
  };
}

describe("the comment bench report", () => {
  it("compares the article's throughput with comment traffic to its throughput alone", () => {
    expect(readShare(report({ withComments: 400 }))).toBeCloseTo(0.8);
    const text = renderCommentReport(report({ withComments: 450 }));
    expect(text).toContain("| alone | 500 | 80 | 200 | 0 / 0 | 100 % |");
    expect(text).toContain("| with comments at 20.0/s | 450 | 80 | 260 | 0 / 0 | 90 % (target ≥ 80 %: met) |");
  });

  it("states each target beside its figure, met or missed, without failing", () => {
    const good = renderCommentReport(report());
    expect(good).toContain(
      "| 20.0/s for 30 s | 600 | 600 | 600 | 0 (target 0: met) | 0 (target 0: met) | 40 | 40 (target ≤ 100 ms: met) |",
    );
    const bad = renderCommentReport(report({ withComments: 300, p99: 150, stored: 590 }));
    expect(bad).toContain("60 % (target ≥ 80 %: missed)");
    expect(bad).toContain("10 (target 0: missed)");
    expect(bad).toContain("150 (target ≤ 100 ms: missed)");
  });

  it("says how the run kept its pace, where the rows went and what the errors were", () => {
    const withErrors = report();
    withErrors.posting = { ...withErrors.posting, errors: 2, errorsByKind: [["rate-limited", 2]] };
    const text = renderCommentReport(withErrors);
    expect(text).toContain("The last comment left 29.9 s into the run, the latest 3.0 ms behind its schedule");
    expect(text).toContain("(pending 600)");
    expect(text).toContain("Errors by kind: rate-limited 2.");
  });
});

describe("the bench's comment texts", () => {
  it("differ from one another, so the spam checks see no copies, and all carry the run's marker", async () => {
    const { benchCommentText, runMarker } = await import("../../scripts/lib/bench/comment-posters");
    const texts = Array.from({ length: 600 }, (_, i) => benchCommentText("abcd1234", i));
    expect(new Set(texts).size).toBe(600);
    expect(texts.every((text) => text.includes(runMarker("abcd1234")))).toBe(true);
    expect(benchCommentText("ffff0000", 0)).not.toContain(runMarker("abcd1234"));
  });
});

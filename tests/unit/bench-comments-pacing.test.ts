import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runOpenLoop, sendSchedule } from "../../scripts/lib/bench/comments-pacing";

describe("the comment schedule", () => {
  it("spaces comments evenly at the rate, from the start, for the whole duration", () => {
    expect(sendSchedule(20, 0.2)).toEqual([0, 50, 100, 150]);
    expect(sendSchedule(20, 30)).toHaveLength(600);
    expect(sendSchedule(20, 30).at(-1)).toBeCloseTo(29_950);
  });

  it("keeps fractional rates whole in count", () => {
    expect(sendSchedule(0.1, 30)).toEqual([0, 10_000, 20_000]);
    expect(sendSchedule(2.5, 2)).toEqual([0, 400, 800, 1200, 1600]);
  });
});

describe("the open loop", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends each comment at its due time without waiting for earlier answers", async () => {
    const sentAt: number[] = [];
    const answers: (() => void)[] = [];
    const run = runOpenLoop(
      [0, 50, 100, 150],
      (i) => {
        sentAt.push(Date.now());
        return new Promise<number>((resolve) => answers.push(() => resolve(i)));
      },
      () => Date.now(),
    );
    const start = Date.now();

    await vi.advanceTimersByTimeAsync(120);
    expect(sentAt.map((t) => t - start)).toEqual([0, 50, 100]);

    await vi.advanceTimersByTimeAsync(30);
    expect(sentAt).toHaveLength(4);
    for (const answer of answers.reverse()) answer();
    const { results, maxLateMs, sendingMs } = await run;
    expect(results).toEqual([0, 1, 2, 3]);
    expect(maxLateMs).toBe(0);
    expect(sendingMs).toBe(150);
  });

  it("sends the comments that fell behind at once and says how late they were", async () => {
    let clock = 0;
    const sentAt: number[] = [];
    const run = runOpenLoop(
      [0, 10, 20, 30],
      async (i) => {
        sentAt.push(clock);
        if (i === 0) clock += 25; // a stall in the bench itself
        return i;
      },
      () => clock,
    );
    await vi.advanceTimersByTimeAsync(0);
    clock = 30;
    await vi.advanceTimersByTimeAsync(10);
    const { results, maxLateMs } = await run;
    expect(results).toEqual([0, 1, 2, 3]);
    expect(sentAt).toEqual([0, 25, 25, 30]);
    expect(maxLateMs).toBe(15);
  });

  it("finishes at once with nothing to send", async () => {
    await expect(runOpenLoop([], async () => 1)).resolves.toMatchObject({ results: [], maxLateMs: 0 });
  });
});

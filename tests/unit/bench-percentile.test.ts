import { describe, expect, it } from "vitest";
import { percentile, timeSequential } from "../../scripts/lib/bench/sequential";

describe("the admin bench's percentiles", () => {
  it("takes the nearest-rank value", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it("times only the timed part, after the warm-up rounds", async () => {
    const seen: number[] = [];
    const summary = await timeSequential("x", {
      samples: 4,
      warmup: 2,
      setup: async (i) => i * 10,
      timed: async (prepared) => {
        seen.push(prepared);
      },
    });
    expect(summary.samples).toBe(4);
    expect(seen).toEqual([0, 10, 20, 30, 40, 50]);
  });
});

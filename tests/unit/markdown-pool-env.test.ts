import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";

describe("the Markdown pool's settings", () => {
  it("default to one worker, a five-second budget and sixteen waiting renders", () => {
    const env = parseEnv({});
    expect([env.MARKDOWN_WORKERS, env.MARKDOWN_RENDER_BUDGET_MS, env.MARKDOWN_QUEUE]).toEqual([1, 5_000, 16]);
  });

  it("refuse no workers, a budget too short for any article and a malformed queue, naming each", () => {
    expect(() => parseEnv({ MARKDOWN_WORKERS: "0", MARKDOWN_RENDER_BUDGET_MS: "5", MARKDOWN_QUEUE: "lots" })).toThrow(
      /MARKDOWN_WORKERS: .*example: MARKDOWN_WORKERS=2[\s\S]*MARKDOWN_RENDER_BUDGET_MS: [\s\S]*MARKDOWN_QUEUE: /,
    );
  });
});

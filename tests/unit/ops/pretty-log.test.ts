import { describe, expect, it } from "vitest";
import { prettyLine } from "../../../lib/log";

describe("readable log lines (LOG_FORMAT=pretty)", () => {
  it("shows time, level, message, the other fields and the request id on one line", () => {
    const json = JSON.stringify({
      level: "warn",
      time: "2026-12-07T20:00:01.234Z",
      pid: 42,
      requestId: "edge-1",
      component: "jobs",
      attempts: 3,
      msg: "Delivery failed",
    });
    expect(prettyLine(json)).toBe("20:00:01.234 WARN  Delivery failed component=jobs attempts=3 [edge-1]\n");
  });

  it("prints an error's stack indented under the line", () => {
    const json = JSON.stringify({
      level: "error",
      time: "2026-12-07T20:00:01.234Z",
      err: { type: "Error", message: "boom", stack: "Error: boom\n    at here" },
      msg: "A request failed.",
    });
    expect(prettyLine(json)).toBe("20:00:01.234 ERROR A request failed.\n  Error: boom\n      at here\n");
  });
});

import { describe, expect, it } from "vitest";
import { BenchArgsError } from "../../scripts/lib/bench/args";
import { parseCommentBenchArgs } from "../../scripts/lib/bench/comments-args";

describe("comment bench flags", () => {
  it("default to 1,000 posts, 30 s per phase, 64 connections and 20 comments a second on port 3200, building first", () => {
    expect(parseCommentBenchArgs([])).toEqual({
      scale: 1000,
      duration: 30,
      connections: 64,
      rate: 20,
      skipBuild: false,
      port: 3200,
    });
  });

  it("read every flag, in either --flag value or --flag=value form", () => {
    expect(
      parseCommentBenchArgs([
        "--scale",
        "100000",
        "--duration=5",
        "--connections",
        "16",
        "--rate",
        "2.5",
        "--skip-build",
        "--port=3300",
        "--json",
        "c.json",
      ]),
    ).toEqual({ scale: 100000, duration: 5, connections: 16, rate: 2.5, skipBuild: true, port: 3300, json: "c.json" });
  });

  it.each([
    [["--rate", "0"], /--rate must be at least 0.1/],
    [["--rate", "fast"], /--rate must be a number of comments per second/],
    [["--rate=-3"], /--rate must be a number of comments per second/],
    [["--rate", "1000"], /--rate must be at most 500/],
    [["--rate", "0.1", "--duration", "5"], /--rate × --duration must come to at least one comment/],
    [["--connections", "16,64"], /--connections must be a whole number/],
    [["--duration", "0"], /--duration must be at least 1/],
    [["--duration", "301"], /--duration must be at most 300/],
    [["--scale", "0"], /--scale must be at least 1/],
    [["--port", "80"], /--port must be at least 1024/],
    [["--json", ""], /--json needs a file name/],
    [["--workers", "2"], /Unknown option/],
  ])("refuse %j with a message naming the flag", (argv, message) => {
    expect(() => parseCommentBenchArgs(argv)).toThrow(BenchArgsError);
    expect(() => parseCommentBenchArgs(argv)).toThrow(message);
  });

  it("quote the value they refused", () => {
    expect(() => parseCommentBenchArgs(["--rate", "600"])).toThrow('(got "600")');
  });
});

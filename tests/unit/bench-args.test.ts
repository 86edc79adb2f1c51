import { describe, expect, it } from "vitest";
import { BenchArgsError, parseBenchArgs } from "../../scripts/lib/bench/args";

describe("bench flags", () => {
  it("default to 1,000 posts, 10 s per run at 16 and 64 connections on port 3200, building first", () => {
    expect(parseBenchArgs([])).toEqual({
      scale: 1000,
      duration: 10,
      connections: [16, 64],
      skipBuild: false,
      port: 3200,
      pages: ["small", "home", "article", "section", "search", "feed", "api-list", "api-post"],
    });
  });

  it("read every flag, in either --flag value or --flag=value form", () => {
    expect(
      parseBenchArgs([
        "--scale",
        "100000",
        "--duration=3",
        "--connections",
        "8,32,128",
        "--skip-build",
        "--port",
        "3300",
        "--json",
        "out.json",
        "--pages",
        "article,home",
      ]),
    ).toEqual({
      scale: 100000,
      duration: 3,
      connections: [8, 32, 128],
      skipBuild: true,
      port: 3300,
      json: "out.json",
      pages: ["article", "home"],
    });
  });

  it("measure each connection count once, in the order given", () => {
    expect(parseBenchArgs(["--connections", "64,16,64"]).connections).toEqual([64, 16]);
  });

  it.each([
    [["--scale", "0"], /--scale must be at least 1/],
    [["--scale", "2000000"], /--scale must be at most 1,000,000/],
    [["--scale", "many"], /--scale must be a whole number/],
    [["--duration", "0"], /--duration must be at least 1/],
    [["--duration", "1.5"], /--duration must be a whole number/],
    [["--duration", "3600"], /--duration must be at most 300/],
    [["--connections", "16;64"], /--connections must be a comma-separated list/],
    [["--connections", "0"], /--connections must be at least 1/],
    [["--port", "80"], /--port must be at least 1024/],
    [["--json", ""], /--json needs a file name/],
    [["--pages", "article,admin"], /--pages takes a comma-separated list of small, home, article/],
    [["--scale"], /argument missing/],
    [["--concurrency", "4"], /Unknown option/],
    [["fast"], /Unexpected argument/],
  ])("refuse %j with a message naming the flag", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it("quote the value they refused", () => {
    expect(() => parseBenchArgs(["--port", "99999"])).toThrow('(got "99999")');
  });
});

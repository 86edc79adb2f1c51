import { describe, expect, it } from "vitest";
import { parseCpuModel } from "../../scripts/lib/bench/machine";
import { formatMs, formatRate, formatRatio, summarize, type Measurement } from "../../scripts/lib/bench/stats";
import { renderReport, renderTable, STATIC_PAGE } from "../../scripts/lib/bench/table";

const histogram = (p50: number, p99: number) => ({ p50, p99 }) as unknown as Parameters<typeof summarize>[0]["latency"];

function measurement(
  page: string,
  connections: number,
  requestsPerSecond: number,
  extra: Partial<Measurement> = {},
): Measurement {
  return {
    page,
    path: page === STATIC_PAGE ? "/images/posts/a.svg" : `/${page}`,
    connections,
    durationSeconds: 10,
    requests: requestsPerSecond * 10,
    requestsPerSecond,
    p50Ms: 4,
    p99Ms: 25,
    errors: 0,
    non2xx: 0,
    ...extra,
  };
}

describe("summarizing an autocannon result", () => {
  it("takes requests per second as completed requests over the measured time", () => {
    const result = {
      requests: { total: 1500, average: 1200 },
      latency: histogram(3, 41),
      duration: 2.5,
      errors: 2,
      non2xx: 7,
    } as unknown as Parameters<typeof summarize>[0];
    expect(summarize(result, { page: "home", path: "/", connections: 16 })).toEqual({
      page: "home",
      path: "/",
      connections: 16,
      durationSeconds: 2.5,
      requests: 1500,
      requestsPerSecond: 600,
      p50Ms: 3,
      p99Ms: 41,
      errors: 2,
      non2xx: 7,
    });
  });

  it("reports zero requests per second for a run that measured no time", () => {
    const result = {
      requests: { total: 0 },
      latency: histogram(0, 0),
      duration: 0,
      errors: 4,
      non2xx: 0,
    } as unknown as Parameters<typeof summarize>[0];
    expect(summarize(result, { page: "feed", path: "/feed.xml", connections: 4 }).requestsPerSecond).toBe(0);
  });
});

describe("formatting numbers for the table", () => {
  it("rounds large rates and keeps one decimal for small ones", () => {
    expect(formatRate(12345.6)).toBe("12,346");
    expect(formatRate(42.25)).toBe("42.3");
  });
  it("shows sub-10 ms latencies with a decimal and longer ones whole", () => {
    expect(formatMs(2.345)).toBe("2.3");
    expect(formatMs(123.4)).toBe("123");
  });
  it("gives the ratio to the ceiling as a percentage, with a decimal below 10 %, or a dash without a ceiling", () => {
    expect(formatRatio(250, 1000)).toBe("25 %");
    expect(formatRatio(7, 1418)).toBe("0.5 %");
    expect(formatRatio(250, 0)).toBe("–");
  });
});

describe("the Markdown table", () => {
  const rows = [
    measurement(STATIC_PAGE, 16, 8000),
    measurement("home", 16, 2000),
    measurement(STATIC_PAGE, 64, 10000),
    measurement("home", 64, 1000, { errors: 3, non2xx: 12 }),
  ];

  it("compares each page with the static file at the same connection count", () => {
    const lines = renderTable(rows).split("\n");
    expect(lines[0]).toBe(
      "| Page | Path | Connections | Requests/s | p50 ms | p99 ms | Errors / non-2xx | vs static |",
    );
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[3]).toBe("| home | `/home` | 16 | 2,000 | 4.0 | 25 | 0 / 0 | 25 % |");
    expect(lines[5]).toBe("| home | `/home` | 64 | 1,000 | 4.0 | 25 | 3 / 12 | 10 % |");
    expect(lines[2]).toContain("| 100 % |");
  });

  it("escapes pipes so a query string cannot break a row", () => {
    const table = renderTable([measurement("search", 4, 10, { path: "/search?q=a|b" })]);
    expect(table).toContain("`/search?q=a\\|b`");
  });

  it("ends the report with the scale, the machine, the server's peak memory and the article's weight", () => {
    const report = renderReport({
      scale: 100000,
      durationSeconds: 10,
      measurements: rows,
      machine: { cpuModel: "Test CPU @ 2.0GHz", cores: 2, memoryGb: 7.8, node: "v20.19.0", platform: "linux 6.1" },
      rss: { connections: 64, beforeMb: 180, peakMb: 312 },
      weight: {
        path: "/articles/a",
        htmlBytes: 61_440,
        htmlGzipBytes: 12_288,
        scripts: 9,
        scriptBytes: 593_920,
        scriptGzipBytes: 184_320,
      },
    });
    expect(report).toContain("100,000 scale posts");
    expect(report).toContain("Test CPU @ 2.0GHz, 2 cores, 7.8 GB, Node v20.19.0");
    expect(report).toContain("peak 312 MB during the article at 64 connections (180 MB just before that run)");
    expect(report).toContain(
      "Weight of `/articles/a`: HTML 60.0 KB (12.0 KB gzipped); JavaScript 9 files, 580.0 KB (180.0 KB gzipped).",
    );
  });
});

describe("the machine's CPU model", () => {
  it("is the first model name in /proc/cpuinfo, spaces collapsed", () => {
    const cpuinfo =
      "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R)  CPU @ 2.20GHz\n\nprocessor\t: 1\nmodel name\t: other\n";
    expect(parseCpuModel(cpuinfo)).toBe("Intel(R) Xeon(R) CPU @ 2.20GHz");
  });
  it("is unknown when the kernel does not name it", () => {
    expect(parseCpuModel("processor\t: 0\nBogoMIPS\t: 50.00\n")).toBeNull();
  });
});

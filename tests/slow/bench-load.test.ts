import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BenchProblem } from "../../scripts/lib/bench/errors";
import { assertLoopback, measure, measureAll, warm } from "../../scripts/lib/bench/load";
import { assertPortFree, waitUntilAnswering, type BenchServer } from "../../scripts/lib/bench/server";
import { STATIC_PAGE } from "../../scripts/lib/bench/table";

// The measuring loop end to end against a tiny server of our own: 127.0.0.1
// only, one second per run, four connections.

let server: http.Server;
let baseUrl: string;
let port: number;
const asked: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    asked.push(request.url!);
    if (request.url?.startsWith("/search?")) {
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>search</title>");
    } else if (request.url === "/images/posts/a.svg") {
      response.writeHead(200, { "content-type": "image/svg+xml" }).end("<svg xmlns='http://www.w3.org/2000/svg'/>");
    } else if (request.url === "/") {
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>home</title>");
    } else {
      response.writeHead(404).end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const targets = [
  { page: "home", path: "/" },
  { page: "missing", path: "/missing" },
  { page: STATIC_PAGE, path: "/images/posts/a.svg" },
];

describe("the measuring loop", () => {
  it("measures the static ceiling first, then every page, and samples memory during the chosen run", async () => {
    const seen: string[] = [];
    const { measurements, rss } = await measureAll({
      baseUrl,
      targets,
      connections: [4],
      durationSeconds: 1,
      rss: { pid: process.pid, page: "home", connections: 4 },
      onMeasured: (m) => seen.push(m.page),
    });
    expect(seen).toEqual([STATIC_PAGE, "home", "missing"]);
    const [ceiling, home, missing] = measurements;
    expect(ceiling!.requests).toBeGreaterThan(0);
    expect(home!.requestsPerSecond).toBeGreaterThan(0);
    expect(home!.durationSeconds).toBeGreaterThan(0.5);
    expect(home!.durationSeconds).toBeLessThan(5);
    expect(home!.p99Ms).toBeGreaterThanOrEqual(home!.p50Ms);
    expect(home).toMatchObject({ connections: 4, errors: 0, non2xx: 0, path: "/" });
    // A 404 under load is counted, never mistaken for a fast page.
    expect(missing!.non2xx).toBe(missing!.requests);
    expect(rss).toMatchObject({ connections: 4 });
    expect(rss!.peakMb).toBeGreaterThan(10);
    expect(rss!.peakMb).toBeGreaterThanOrEqual(rss!.beforeMb);
  }, 20_000);

  it("asks for every URL of a mix in turn, warming each, and reports the mix under its name", async () => {
    const mix = ["/search?q=a", "/search?q=b", "/search?q=c"];
    const target = { page: "search", path: "/search?q=a (+ 2 more)", mix };
    expect(await warm(baseUrl, [target], 1)).toEqual(mix.map((path) => ({ page: "search", path, status: 200 })));
    asked.length = 0;
    const measured = await measure(baseUrl, target, 2, 1);
    expect(measured).toMatchObject({ page: "search", path: "/search?q=a (+ 2 more)", non2xx: 0 });
    for (const path of mix) expect(asked.filter((url) => url === path).length).toBeGreaterThan(10);
    expect(asked.every((url) => mix.includes(url))).toBe(true);
  }, 20_000);

  it("warms every URL and reports the status each one answers", async () => {
    expect((await warm(baseUrl, targets, 2)).map((r) => r.status)).toEqual([200, 404, 200]);
  });
});

describe("where load may go", () => {
  it.each(["http://localhost:3200", "http://10.0.0.7:3200", "https://127.0.0.1:3200", "http://example.org"])(
    "never %s",
    async (url) => {
      expect(() => assertLoopback(url)).toThrow(BenchProblem);
      await expect(measure(url, { page: "home", path: "/" }, 1, 1)).rejects.toThrow(BenchProblem);
      await expect(warm(url, targets)).rejects.toThrow(BenchProblem);
    },
  );

  it("refuses a port something already listens on, so the bench never measures a stranger", async () => {
    await expect(assertPortFree(port)).rejects.toThrow(/already in use/);
  });

  it("accepts a free port", async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const free = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    await expect(assertPortFree(free)).resolves.toBeUndefined();
  });
});

describe("waiting for the server", () => {
  const fakeServer = (pid: number): BenchServer => ({
    pid,
    output: () => "Error: listen EADDRINUSE",
    stop: async () => {},
  });

  it("returns as soon as the server answers", async () => {
    await expect(waitUntilAnswering(fakeServer(process.pid), baseUrl, 5_000)).resolves.toBeUndefined();
  });

  it("gives up at once, with the server's last output, when its process is gone", async () => {
    // Above Linux's largest possible pid, so no such process can exist.
    const gone = fakeServer(2 ** 22 + 1);
    await expect(waitUntilAnswering(gone, baseUrl, 5_000)).rejects.toThrow(
      /exited before answering:\nError: listen EADDRINUSE/,
    );
  });

  it("gives up after its timeout when nothing answers", async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const silent = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
    await expect(waitUntilAnswering(fakeServer(process.pid), silent, 600)).rejects.toThrow(BenchProblem);
  });
});

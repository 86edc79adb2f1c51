import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../scripts/lib/content/seed";
import { createDb } from "../../lib/db/client";
import { ensureDatabase } from "../../lib/db/database";
import { migrate } from "../../lib/db/migrate/runner";
import { freePort } from "../helpers/free-port";
import { startRestartableCluster, type RestartableCluster } from "../helpers/restartable-cluster";

// The real `npm start` (scripts/start.ts, its production build and `next
// start` child) on a PostgreSQL of its own that the test stops and starts:
// health and readiness, request ids in headers and log lines, /metrics behind
// its token, and a graceful shutdown on SIGTERM. OPS_TEST_PORT and
// OPS_TEST_PG_PORT pin the ports on a shared machine.

const LONG = 900_000;
const DIST_DIR = ".next-operability-test";
const ARTICLE = "/articles/living-with-the-river-mell";
const METRICS_TOKEN = randomBytes(24).toString("hex");
const INTERNAL_SECRET = randomBytes(24).toString("hex");

let cluster: RestartableCluster;
let root = "";
let baseUrl = "";
let port = 0;
let server: ChildProcess;
let output = "";
let exited: Promise<number | null>;

/** The server's JSON log lines so far (the parent's own lines are plain text and skipped). */
function logLines(): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function connects(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}:\n${output.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${pathname}`, { headers, signal: AbortSignal.timeout(30_000) });

describe.skipIf(Boolean(process.env.DATABASE_URL))("operating the production server", () => {
  beforeAll(async () => {
    const pgPort = Number(process.env.OPS_TEST_PG_PORT) || (await freePort());
    port = Number(process.env.OPS_TEST_PORT) || (await freePort());
    baseUrl = `http://127.0.0.1:${port}`;
    root = await mkdtemp(path.resolve(".data", "operability-test-"));
    // Run as root, PostgreSQL runs as its own user, which must reach its folder inside.
    await chmod(root, 0o755);
    cluster = await startRestartableCluster(path.join(root, "postgres"), pgPort);
    await ensureDatabase(cluster.url("postgres"), "masthead_ops");
    const databaseUrl = cluster.url("masthead_ops");
    await migrate(databaseUrl);
    const db = createDb(databaseUrl);
    await seedDemo(db, { nodeEnv: "development", siteUrl: baseUrl, quiet: true });
    await db.$disconnect();

    // As `npm start` runs it: tsx as a loader inside the one Node process, so the signal reaches start.ts itself.
    server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        MASTHEAD_DATA_DIR: root,
        MASTHEAD_DIST_DIR: DIST_DIR,
        HOST: "127.0.0.1",
        PORT: String(port),
        SITE_URL: baseUrl,
        INTERNAL_API_SECRET: INTERNAL_SECRET,
        METRICS_TOKEN,
        LOG_FORMAT: "json",
        LOG_LEVEL: "debug",
        SHUTDOWN_TIMEOUT_SECONDS: "60",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));
    let gone = false;
    void exited.then(() => (gone = true));
    // The first run builds the site (minutes); later runs reuse the build.
    await until(
      async () => {
        if (gone) throw new Error(`The server exited before answering:\n${output}`);
        return (await get("/healthz").catch(() => null))?.ok ?? false;
      },
      "the server answers",
      LONG,
    );
  }, LONG);

  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill("SIGKILL");
      await exited;
    }
    await cluster?.close();
    if (root) await rm(root, { recursive: true, force: true });
  }, LONG);

  it("/healthz answers at once, uncached, with a request id", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a sane incoming request id, replaces any other, and logs the request under it", async () => {
    const kept = await get(ARTICLE, { "x-request-id": "edge-1234.abcd" });
    expect(kept.status).toBe(200);
    await kept.arrayBuffer();
    expect(kept.headers.get("x-request-id")).toBe("edge-1234.abcd");
    const replaced = await get(ARTICLE, { "x-request-id": "two words" });
    await replaced.arrayBuffer();
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    await until(() => logLines().some((line) => line.requestId === "edge-1234.abcd"), "the request is logged");
    const line = logLines().find((entry) => entry.requestId === "edge-1234.abcd")!;
    expect(line).toMatchObject({
      level: "debug",
      msg: "request finished",
      method: "GET",
      path: ARTICLE,
      route: "/[lang]/articles/[slug]",
      status: "200",
    });
  });

  it("/metrics wants its token, then reports request durations by route pattern and the server's gauges", async () => {
    expect((await get("/metrics")).status).toBe(401);
    expect((await get("/metrics", { authorization: "Bearer not-the-token-at-all" })).status).toBe(401);

    await (await get(ARTICLE)).arrayBuffer();
    const response = await get("/metrics", { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    const articleCount = text.match(
      /^masthead_http_request_duration_seconds_count\{method="GET",route="\/\[lang\]\/articles\/\[slug\]",status="200"\} (\d+)$/m,
    );
    expect(Number(articleCount?.[1])).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain(`route="${ARTICLE}"`);
    expect(text).toMatch(/^masthead_page_cache_lookups_total\{result="hit"\} [1-9]\d*$/m);
    expect(text).toMatch(/^masthead_job_queue_jobs\{state="failed"\} \d+$/m);
    expect(text).toMatch(/^masthead_db_pool_connections [1-9]\d*$/m);
    expect(text).toMatch(/^masthead_db_pool_waiting_queries 0$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it(
    "/readyz answers 503 with a reason while the database is down, and 200 again once it is back",
    async () => {
      const ready = await get("/readyz");
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });

      await cluster.stop();
      try {
        const down = await get("/readyz");
        expect(down.status).toBe(503);
        expect(down.headers.get("cache-control")).toBe("no-store");
        expect(await down.json()).toEqual({ status: "unavailable", reason: "database unreachable" });
        expect((await get("/healthz")).status).toBe(200);
      } finally {
        await cluster.start();
      }
      await until(async () => (await get("/readyz")).status === 200, "/readyz is ready again");
    },
    LONG,
  );

  it(
    "on SIGTERM finishes a request in flight, refuses new connections and exits 0",
    async () => {
      const body = JSON.stringify({ tags: ["operability-test"] });
      const socket = net.connect({ host: "127.0.0.1", port });
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
      const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      // 100-continue: the server answers "100 Continue" once it has taken the request in, so it is in flight.
      socket.write(
        [
          "POST /api/internal/revalidate HTTP/1.1",
          `Host: 127.0.0.1:${port}`,
          `Authorization: Bearer ${INTERNAL_SECRET}`,
          "Content-Type: application/json",
          `Content-Length: ${Buffer.byteLength(body)}`,
          "Expect: 100-continue",
          "",
          "",
        ].join("\r\n"),
      );
      await until(() => received.includes("100 Continue"), "the server takes the request in");

      server.kill("SIGTERM");
      await until(async () => !(await connects()), "new connections are refused");
      await until(() => logLines().some((line) => String(line.msg).startsWith("Shutting down")), "shutdown is logged");
      expect(server.exitCode, output.slice(-6000)).toBeNull();

      socket.write(body);
      await closed;
      const final = received.slice(received.lastIndexOf("HTTP/1.1 "));
      expect(final).toMatch(/^HTTP\/1\.1 200 /);
      expect(final).toContain('{"revalidated":1}');

      expect(await exited).toBe(0);
      expect(logLines().find((line) => line.msg === "Shut down.")).toMatchObject({ exitCode: 0 });
    },
    LONG,
  );
});

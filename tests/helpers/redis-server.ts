import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

// A real redis-server (Debian's package) on loopback, with its files in a
// temporary folder and no persistence: stopping it loses everything, as a
// Redis restarted without a dump would. On a shared machine
// TEST_REDIS_PORTS=6390-6399 keeps it to that range (the first port free);
// otherwise any free port is taken.

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server (its data is gone). */
  stop(): Promise<void>;
  /** Starts it again, empty, on the same port. */
  start(): Promise<void>;
  /** Suspends the process (SIGSTOP): connections stay open and nothing answers. */
  freeze(): void;
  thaw(): void;
  /** Stops it for good and removes its folder. */
  dispose(): Promise<void>;
}

async function candidatePorts(): Promise<number[]> {
  const range = process.env.TEST_REDIS_PORTS?.match(/^(\d+)-(\d+)$/);
  if (!range) return [await freePort()];
  const [first, last] = [Number(range[1]), Number(range[2])];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export async function startTestRedis(): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER))
    throw new Error(
      `${REDIS_SERVER} is missing: install Debian's redis-server package (apt-get install redis-server).`,
    );
  const dir = mkdtempSync(path.join(tmpdir(), "masthead-redis-"));
  let child: ChildProcess | null = null;
  let port = 0;

  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"];
    const started = spawn(REDIS_SERVER, args, { stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) resolve();
      };
      started.stdout!.on("data", onData);
      started.stderr!.on("data", onData);
      started.once("exit", (code) => reject(new Error(`redis-server exited (${code}) on port ${port}:\n${output}`)));
    });
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  };

  for (const candidate of await candidatePorts()) {
    port = candidate;
    try {
      await start();
      break;
    } catch (error) {
      if (!String(error).includes("Address already in use")) throw error;
      port = 0;
    }
  }
  if (!port) throw new Error(`No free port for redis-server in TEST_REDIS_PORTS=${process.env.TEST_REDIS_PORTS}`);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    freeze: () => child?.kill("SIGSTOP"),
    thaw: () => child?.kill("SIGCONT"),
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

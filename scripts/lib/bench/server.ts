import { spawn } from "node:child_process";
import net from "node:net";
import { nextServerCommand } from "../cli/server-process";
import { BenchProblem } from "./errors";

// `next start` for the bench: like scripts/lib/cli/next-server.ts, but the bench needs
// the child's pid (to read its memory), its output kept quiet during load,
// and to know when it answers.

export interface BenchServer {
  pid: number;
  /** The last lines the server printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Refuses to start when something already listens: the bench would otherwise measure that instead. */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
  if (inUse)
    throw new BenchProblem(`Port ${port} on 127.0.0.1 is already in use: stop what runs there or pass --port.`);
}

export function startNextServer(options: { port: number; env: Record<string, string> }): BenchServer {
  const { args, env } = nextServerCommand({
    dev: false,
    port: options.port,
    hostname: "127.0.0.1",
    env: { ...options.env, NODE_ENV: "production" },
  });
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid: child.pid!,
    output: () => lines.join("\n"),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const killed = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** Polls until the server answers any HTTP status, or fails after `timeoutMs` or when the process dies. */
export async function waitUntilAnswering(server: BenchServer, baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(server.pid, 0);
    } catch {
      throw new BenchProblem(`The server exited before answering:\n${server.output()}`);
    }
    try {
      const response = await fetch(baseUrl, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new BenchProblem(`The server did not answer ${baseUrl} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

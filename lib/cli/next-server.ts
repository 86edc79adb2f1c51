import { spawn } from "node:child_process";
import { nextBin } from "./build";
import { onExit } from "./run";
import { SERVER_PROCESS_ENV, serverNodeArgs } from "./server-process";

/** Runs `next start|dev` as a child until it exits; stopped with the parent. */
export function serveNext(options: { dev: boolean; port: number; hostname?: string; databaseUrl: string }): Promise<number> {
  // The dev server compiles on demand and needs Node's default heap.
  const args = [...(options.dev ? [] : serverNodeArgs()), nextBin(), options.dev ? "dev" : "start", "--port", String(options.port)];
  if (options.hostname) args.push("--hostname", options.hostname);
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    // PORT too: the in-process scheduler asks this same server to drop cached pages.
    env: { ...process.env, ...SERVER_PROCESS_ENV, DATABASE_URL: options.databaseUrl, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  onExit(async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
  return new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 0)));
}

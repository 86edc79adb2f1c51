import { spawn } from "node:child_process";
import { onExit } from "./run";
import { nextServerCommand } from "./server-process";

/** Runs `next start|dev` as a child until it exits, resolving with its exit code; stopped (SIGTERM) with the parent. */
export function serveNext(options: {
  dev: boolean;
  port: number;
  hostname?: string;
  databaseUrl: string;
}): Promise<number> {
  const { args, env } = nextServerCommand({ ...options, env: { DATABASE_URL: options.databaseUrl } });
  const child = spawn(process.execPath, args, { stdio: "inherit", env });
  onExit(async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
  // A server killed outright (no exit code) did not stop cleanly.
  return new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

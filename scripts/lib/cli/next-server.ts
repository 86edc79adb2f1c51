import { spawn } from "node:child_process";
import { onExit } from "./run";
import { nextServerCommand } from "./server-process";

/** Runs `next start|dev` as a child until it exits; stopped with the parent. */
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
  return new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 0)));
}

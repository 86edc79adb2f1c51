import { env } from "../../../lib/env";
import { nextBin } from "./build";

// How the server's Node process is started (npm start and dev, the e2e
// server and the bench), so memory behaves the same wherever it is measured.
//
// Left alone, V8 lets dead objects pile up in the old generation: serving a
// cached article at 64 connections grew the heap in use from 57 MB to 189 MB
// (RSS 400–460 MB), although a full collection brought it back to 56 MB. A
// fixed limit makes V8 collect sooner; the live heap stays far below it.
// Anonymous 64 MB-aligned regions, glibc's per-thread malloc arenas by their
// look, held a further 60–80 MB; two arenas suffice for a process whose
// JavaScript runs on one thread.

/** `node [flags] next start|dev --port P [--hostname H]` and its environment, for spawn(). */
export function nextServerCommand(options: {
  dev: boolean;
  port: number;
  hostname?: string;
  env: Record<string, string>;
}): { args: string[]; env: NodeJS.ProcessEnv } {
  // The dev server compiles on demand and needs Node's default heap.
  const nodeFlags = options.dev ? [] : [`--max-old-space-size=${env().MASTHEAD_SERVER_HEAP_MB}`];
  const args = [...nodeFlags, nextBin(), options.dev ? "dev" : "start", "--port", String(options.port)];
  if (options.hostname) args.push("--hostname", options.hostname);
  return {
    args,
    // PORT too: the in-process scheduler asks this same server to drop cached pages.
    env: {
      ...process.env,
      MALLOC_ARENA_MAX: "2",
      ...options.env,
      PORT: String(options.port),
      NEXT_TELEMETRY_DISABLED: "1",
      // The production server shuts down gracefully on SIGTERM (lib/ops/shutdown.ts), not by Next's
      // unbounded wait and exit 143; `next dev` has no such option and handles signals itself.
      ...(options.dev ? {} : { NEXT_MANUAL_SIG_HANDLE: "true" }),
    },
  };
}

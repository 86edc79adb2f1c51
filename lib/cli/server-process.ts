import { env } from "../env";

// How the production server's Node process is started (npm start, the e2e
// server and the bench), so memory behaves the same wherever it is measured.
//
// Left alone, V8 lets dead objects pile up in the old generation until a
// large heuristic limit: serving a cached article at 64 connections grew the
// heap from 60 MB to 220 MB (RSS 400–460 MB) although a full collection
// brought it back to 56 MB. A fixed limit makes V8 collect sooner; the live
// heap stays far below it. glibc's per-thread malloc arenas (V8's compiler
// and GC threads) held a further 60–80 MB; two arenas are plenty for a
// process whose JavaScript runs on one thread.

export function serverNodeArgs(): string[] {
  return [`--max-old-space-size=${env().MASTHEAD_SERVER_HEAP_MB}`];
}

export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: "2" } as const;

import { existsSync } from "node:fs";
import path from "node:path";
import { MessageChannel, type Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import type { MarkdownProfile, RenderOptions, RenderResult } from "../types";
import { MarkdownRenderRefused } from "./refused";
import { RENDER_WORKER_FILE, type RenderTask } from "./task";

export interface RenderPoolOptions {
  /** Worker threads; each render runs on one of them. */
  threads: number;
  /** How long one render may run on its worker before the worker is stopped. */
  budgetMs: number;
  /** Renders that may wait for a free worker; one more is refused as busy. */
  maxQueue: number;
}

// A render's own heap: a body that would need more is refused rather than
// growing the server's memory.
const WORKER_HEAP_MB = 256;

// Loading the bundled pipeline into a new thread: well under a second, more on a busy machine.
const WORKER_START_MS = 5_000;

/**
 * Markdown rendering on worker threads with a time budget. The request
 * thread only posts the source and waits; a render over budget is refused
 * and its worker terminated (V8 stops the thread even inside a tight loop),
 * and piscina starts a fresh one in its place.
 */
export class RenderPool {
  private readonly piscina: Piscina;
  /** Renders running or waiting: counted here because piscina's maxQueue lets abortable tasks past it. */
  private inFlight = 0;

  constructor(private readonly options: RenderPoolOptions) {
    const filename = path.resolve(RENDER_WORKER_FILE);
    if (!existsSync(filename)) {
      throw new Error(`The Markdown worker ${RENDER_WORKER_FILE} is missing: run \`npm run build\` to create it.`);
    }
    this.piscina = new Piscina({
      filename,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  }

  async render(markdown: string, profile: MarkdownProfile, options: RenderOptions = {}): Promise<RenderResult> {
    if (this.inFlight >= this.options.threads + this.options.maxQueue) throw new MarkdownRenderRefused("busy");
    this.inFlight += 1;
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    // Waiting is bounded by the queue: every render ahead of this one ends
    // within its budget, plus the start of a fresh worker after a refusal.
    const rounds = Math.ceil((this.options.maxQueue + 1) / this.options.threads) + 1;
    const waitMs = rounds * (this.options.budgetMs + WORKER_START_MS);
    let timer = setTimeout(() => abort.abort("busy"), waitMs);
    port1.once("message", () => {
      clearTimeout(timer);
      timer = setTimeout(() => abort.abort("too-complex"), this.options.budgetMs);
    });
    const task: RenderTask & { started: typeof port2 } = { markdown, profile, options, started: port2 };
    try {
      return (await this.piscina.run(task, { signal: abort.signal, transferList: [port2] })) as RenderResult;
    } catch (error) {
      if (abort.signal.aborted)
        throw new MarkdownRenderRefused(abort.signal.reason === "busy" ? "busy" : "too-complex");
      if (isOutOfMemory(error)) throw new MarkdownRenderRefused("too-complex");
      throw error;
    } finally {
      this.inFlight -= 1;
      clearTimeout(timer);
      port1.close();
    }
  }

  /** The live worker threads (tests watch one stop after a refused render). */
  get threads(): readonly Worker[] {
    return this.piscina.threads;
  }

  async close(): Promise<void> {
    await this.piscina.close({ force: true });
  }
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
}

import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "../../lib/markdown";
import { MarkdownRenderRefused, RenderPool, type RenderPoolOptions } from "../../lib/markdown/pool";
import { RENDER_NICENESS } from "../../lib/markdown/pool/task";
import { hostileArticleBody, hostileSmallCases } from "../fixtures/hostile/corpus";

// Real worker threads running the bundled pipeline, as the server runs them.

// "# a\n" × 25,000: 100 KB that costs the pipeline 4 s of one core on a quiet
// 2-core Xeon, over 13 s on a busy one.
const PATHOLOGICAL = "# a\n".repeat(25_000);
const NORMAL = "## A heading\n\nSome *prose* with [a link](https://example.org) and a list:\n\n- one\n- two\n";

const pools: RenderPool[] = [];
function pool(options: Partial<RenderPoolOptions> = {}): RenderPool {
  // Far below the pathological body's 4 s, far above an ordinary render on a busy machine.
  const created = new RenderPool({ threads: 2, budgetMs: 1_000, maxQueue: 8, ...options });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function refusal(promise: Promise<unknown>): Promise<MarkdownRenderRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MarkdownRenderRefused);
  return error as MarkdownRenderRefused;
}

/** The niceness of each thread of this process, from /proc (Linux): field 19 of its stat line. */
function threadNiceness(): Map<number, number> {
  const tasks = readdirSync("/proc/self/task");
  return new Map(
    tasks.flatMap((tid) => {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
        return [[Number(tid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16])] as const];
      } catch {
        return []; // a thread that ended while we looked
      }
    }),
  );
}

describe("the Markdown render pool", () => {
  it("renders the hostile fixtures exactly as the in-process pipeline does, in every profile", async () => {
    const renderer = pool({ budgetMs: 60_000, maxQueue: 1_000 });
    const cases = [...hostileSmallCases, { name: "hostile article body", input: hostileArticleBody }];
    for (const profile of ["article", "bio", "comment"] as const) {
      const options = { trustedAuthor: false, articleUrl: "https://example.org/articles/x", hashtag: "UKhousing" };
      const pooled = await Promise.all(cases.map((c) => renderer.render(c.input, profile, options)));
      expect(pooled).toEqual(cases.map((c) => render(c.input, profile, options)));
    }
    // Some 600 renders, a minute or more when the machine is busy with other work.
  }, 300_000);

  it("refuses a pathological body as too complex while a normal render beside it succeeds", async () => {
    const renderer = pool();
    const hostile = renderer.render(PATHOLOGICAL, "article");
    const normal = await renderer.render(NORMAL, "article");
    expect(normal).toEqual(render(NORMAL, "article"));
    expect((await refusal(hostile)).reason).toBe("too-complex");
  });

  it("keeps the request thread answering while a render runs past its budget", async () => {
    const renderer = pool();
    await renderer.render(NORMAL, "article");
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    try {
      await refusal(renderer.render(PATHOLOGICAL, "article"));
    } finally {
      clearInterval(timer);
      delay.disable();
    }
    // Rendered here, the body would hold this thread for 13 s or more; a free
    // event loop, even on a machine busy with other work, waits far less.
    expect(delay.max / 1e6).toBeLessThan(2_500);
    expect(ticks).toBeGreaterThan(10);
  });

  it("terminates the worker that ran past its budget and renders the next text on a fresh one", async () => {
    const renderer = pool({ threads: 1 });
    await renderer.render(NORMAL, "article");
    const [worker] = renderer.threads;
    const exited = once(worker!, "exit");
    expect((await refusal(renderer.render(PATHOLOGICAL, "article"))).reason).toBe("too-complex");
    await exited;
    expect(await renderer.render(NORMAL, "comment")).toEqual(render(NORMAL, "comment"));
    expect(renderer.threads).not.toContain(worker);
  });

  it("refuses a render as busy when the queue is full, and still renders the ones it queued", async () => {
    const renderer = pool({ threads: 1, maxQueue: 1 });
    await renderer.render(NORMAL, "article");
    const running = renderer.render(PATHOLOGICAL, "article");
    const queued = renderer.render(NORMAL, "bio");
    expect((await refusal(renderer.render(NORMAL, "comment"))).reason).toBe("busy");
    expect((await refusal(running)).reason).toBe("too-complex");
    expect(await queued).toEqual(render(NORMAL, "bio"));
  });

  it.runIf(process.platform === "linux")("runs its workers below the request thread's CPU priority", async () => {
    const before = [...threadNiceness().values()].filter((n) => n === RENDER_NICENESS).length;
    const renderer = pool({ threads: 2 });
    await Promise.all([renderer.render(NORMAL, "article"), renderer.render(NORMAL, "bio")]);
    await expect
      .poll(() => [...threadNiceness().values()].filter((n) => n === RENDER_NICENESS).length)
      .toBe(before + 2);
    expect(threadNiceness().get(process.pid)).toBe(0);
  });
});

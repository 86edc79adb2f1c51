import { setTimeout as sleep } from "node:timers/promises";
import type { PostOutcome } from "../bench/comments-summary";
import type { ChaosEvent, Traffic } from "./report";

// The load `npm run chaos` keeps on the site while PostgreSQL restarts:
// closed-loop readers of a cached article, a steady probe of a route that
// must ask the database, an admin page, and comments on a clock (an open
// loop: they keep coming whatever the server does with earlier ones).
// Every request is recorded with when it went out and how it ended.

export interface TrafficOptions {
  baseUrl: string;
  articlePath: string;
  postId: string;
  /** Cookie of a signed-in reader (the database-backed probe reads their comment state). */
  readerCookie: string;
  /** Cookie of a signed-in editor (the admin page probe). */
  staffCookie: string;
  readConnections: number;
  commentsPerSecond: number;
  postComment: (index: number) => Promise<PostOutcome>;
  /** ms since the run started. */
  now: () => number;
}

export interface RunningTraffic {
  events: ChaosEvent[];
  /** Stops sending and waits for every request already out. */
  stop(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 15_000;
const PROBE_PAUSE_MS = 100;

function failureOf(error: unknown): string {
  return error instanceof Error && error.name === "TimeoutError" ? "timeout" : "no answer";
}

export function startTraffic(options: TrafficOptions): RunningTraffic {
  const events: ChaosEvent[] = [];
  let stopped = false;

  async function request(traffic: Traffic, path: string, cookie?: string): Promise<void> {
    const at = options.now();
    try {
      const response = await fetch(new URL(path, options.baseUrl), {
        headers: cookie ? { cookie } : {},
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      events.push({
        traffic,
        at,
        outcome: response.status,
        ...(response.status === 503 ? { retryAfter: response.headers.has("retry-after") } : {}),
      });
    } catch (error) {
      events.push({ traffic, at, outcome: failureOf(error) });
    }
  }

  async function loop(send: () => Promise<void>, pauseMs = 0): Promise<void> {
    while (!stopped) {
      await send();
      if (pauseMs) await sleep(pauseMs);
    }
  }

  const loops = [
    ...Array.from({ length: options.readConnections }, () => loop(() => request("cached read", options.articlePath))),
    loop(
      () =>
        request("database read", `/api/comments?postId=${encodeURIComponent(options.postId)}`, options.readerCookie),
      PROBE_PAUSE_MS,
    ),
    loop(() => request("admin page", "/admin/posts", options.staffCookie), PROBE_PAUSE_MS),
  ];

  const comments: Promise<void>[] = [];
  let next = 0;
  const sendComment = () => {
    const index = next++;
    const at = options.now();
    comments.push(
      options.postComment(index).then((outcome) => {
        const http = outcome.kind === "failed" ? /^HTTP (\d+)$/.exec(outcome.reason)?.[1] : undefined;
        events.push({
          traffic: "comment",
          at,
          commentIndex: index,
          outcome: outcome.kind === "failed" ? (http ? Number(http) : outcome.reason) : 200,
          acknowledged: outcome.kind === "accepted",
          ...(outcome.kind === "refused" ? { refusedAs: outcome.code } : {}),
        });
      }),
    );
  };
  const clock = setInterval(sendComment, 1000 / options.commentsPerSecond);

  return {
    events,
    async stop() {
      stopped = true;
      clearInterval(clock);
      await Promise.all([...loops, ...comments]);
    },
  };
}

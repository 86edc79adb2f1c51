import "server-only";
import { recordAudit } from "../audit/data/record";
import { db } from "../db";
import { freezeBylines } from "../posts/data/post-references";
import { assertTransition } from "../posts/workflow";
import { sendModerationDigests } from "../comments/alerts/data/notify";

// Publishes scheduled posts when their time comes. Runs inside the web
// server (instrumentation.ts) or as `npm run worker`; several instances may
// run at once: each due row is locked by exactly one of them
// (FOR UPDATE SKIP LOCKED), so a post is published once.

export interface RevalidateTarget {
  /** The site's own address, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  secret: string;
}

export interface SchedulerRun {
  published: string[];
}

/** At most this many posts per run; the next run takes the rest. */
const BATCH = 50;

export async function publishDuePosts(options: { now?: Date; revalidate?: RevalidateTarget | null } = {}): Promise<SchedulerRun> {
  const now = options.now ?? new Date();
  const published = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; status: "SCHEDULED"; createdById: string | null; scheduledAt: Date }[]>`
      SELECT id, status, "createdById", "scheduledAt" FROM "Post"
      WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now}
      ORDER BY "scheduledAt", id
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    for (const post of due) {
      const to = assertTransition(null, "due", post);
      const before = await tx.post.findUniqueOrThrow({ where: { id: post.id }, select: { publishedAt: true } });
      await tx.post.update({
        where: { id: post.id },
        data: { status: to, publishedAt: before.publishedAt ?? now, scheduledAt: null, version: { increment: 1 } },
      });
      if (before.publishedAt === null) await freezeBylines(tx, post.id);
      await recordAudit(tx, {
        actorId: null, action: "post.auto-publish", subjectType: "post", subjectId: post.id,
        data: { scheduledAt: post.scheduledAt.toISOString() },
      });
    }
    return due.map((p) => p.id);
  });
  if (published.length && options.revalidate) await askSiteToRevalidate(options.revalidate, published);
  return { published };
}

/**
 * Cached pages live in the web server's process; from a timer or another
 * process they are dropped through its internal endpoint. A failure is
 * logged: the posts are published, and cached pages expire on their own.
 */
export async function askSiteToRevalidate(target: RevalidateTarget, postIds: string[]): Promise<void> {
  try {
    const response = await fetch(new URL("/api/internal/revalidate", target.baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${target.secret}`, "content-type": "application/json" },
      body: JSON.stringify({ postIds }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) console.error(`The site refused to drop cached pages for ${postIds.length} post(s): HTTP ${response.status}.`);
  } catch (error) {
    console.error(`Could not reach the site at ${target.baseUrl} to drop cached pages:`, error);
  }
}

/**
 * Runs publishDuePosts (and the moderators' daily digests) every `intervalMs` until stopped; runs never overlap.
 * `stop()` waits for a run in progress to finish.
 */
export function startScheduler(options: {
  intervalMs: number;
  revalidate: RevalidateTarget | null;
  log?: (line: string) => void;
  /** Let the process exit while the scheduler waits (a web server stays up for its own reasons). */
  unref?: boolean;
}): { stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const tick = () => {
    running = publishDuePosts({ revalidate: options.revalidate })
      .then(async ({ published }) => {
        if (published.length) options.log?.(`Published ${published.length} scheduled post(s).`);
        // Moderators who chose a daily digest get it from the same loop; each is claimed once per day, whichever instance runs.
        const digests = await sendModerationDigests();
        if (digests) options.log?.(`Sent ${digests} moderation digest(s).`);
      })
      .catch((error: unknown) => console.error("The scheduler run failed; it will try again.", error))
      .finally(() => {
        if (!stopped) schedule(options.intervalMs);
      });
  };
  const schedule = (delay: number) => {
    timer = setTimeout(tick, delay);
    if (options.unref) timer.unref();
  };
  schedule(0);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

import "server-only";
import { forgetOldSignInAttempts } from "../auth/data/sign-in-log";
import { sendModerationDigests } from "../comments/alerts/data/notify";
import { log } from "../log";
import { publishDuePosts } from "./publish-due-posts";
import type { RevalidateTarget } from "./site-revalidation";

// The background loop: runs inside the web server (instrumentation.ts) or as
// `npm run worker`. Each job it runs is safe when several instances run it at once.

/**
 * Runs publishDuePosts (and the moderators' daily digests, and forgets old sign-in attempts) every `intervalMs` until stopped; runs never overlap.
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
        await forgetOldSignInAttempts();
      })
      .catch((error: unknown) => log.error({ err: error }, "The scheduler run failed; it will try again."))
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

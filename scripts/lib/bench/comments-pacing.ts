// The comment traffic is an open loop: comments go out on a clock, whatever
// the server is doing with the earlier ones, as readers' posts do. A closed
// loop (send, wait, send) would slow down with the server and hide its delays.

/** When each comment is due, in ms after the start: `rate` per second, evenly spaced, for `durationSeconds`. */
export function sendSchedule(ratePerSecond: number, durationSeconds: number): number[] {
  // The epsilon keeps 0.1 × 30 at 3 comments despite floating point.
  const count = Math.floor(ratePerSecond * durationSeconds + 1e-9);
  const intervalMs = 1000 / ratePerSecond;
  return Array.from({ length: count }, (_, i) => i * intervalMs);
}

export interface OpenLoopRun<T> {
  /** What each send resolved to, in schedule order. */
  results: T[];
  /** How far behind its due time the latest send went out: a busy client shows here. */
  maxLateMs: number;
  /** From the start to the last send going out. */
  sendingMs: number;
}

/**
 * Calls `send(i)` at each due time of `schedule` without waiting for earlier
 * calls to settle, then waits for all of them. One timer re-armed at the next
 * due time (rather than a fixed interval) keeps the pace from drifting; sends
 * that fell behind go out at once. `send` must resolve, never reject: it
 * records its own failures.
 */
export function runOpenLoop<T>(
  schedule: readonly number[],
  send: (index: number) => Promise<T>,
  now: () => number = () => performance.now(),
): Promise<OpenLoopRun<T>> {
  const started = now();
  const pending: Promise<T>[] = [];
  let maxLateMs = 0;
  let sendingMs = 0;
  return new Promise<void>((allSent) => {
    const tick = () => {
      const elapsed = now() - started;
      while (pending.length < schedule.length && schedule[pending.length]! <= elapsed) {
        maxLateMs = Math.max(maxLateMs, elapsed - schedule[pending.length]!);
        pending.push(send(pending.length));
      }
      if (pending.length === schedule.length) {
        sendingMs = elapsed;
        allSent();
      } else {
        setTimeout(tick, Math.max(0, schedule[pending.length]! - (now() - started)));
      }
    };
    tick();
  }).then(async () => ({ results: await Promise.all(pending), maxLateMs, sendingMs }));
}

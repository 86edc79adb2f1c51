// Counts events per key over the last `windowMs`, in memory. Keys with no
// recent events are swept out now and then, so a stream of one-off addresses
// does not grow the map without end.

const SWEEP_EVERY = 1_000;

export class SlidingWindow {
  private readonly events = new Map<string, number[]>();
  private writes = 0;

  constructor(private readonly windowMs: number) {}

  /** Events for `key` within the window ending at `now`. */
  count(key: string, now: number = Date.now()): number {
    return this.recent(key, now).length;
  }

  add(key: string, now: number = Date.now()): void {
    this.events.set(key, [...this.recent(key, now), now]);
    if (++this.writes % SWEEP_EVERY === 0) this.sweep(now);
  }

  private recent(key: string, now: number): number[] {
    return (this.events.get(key) ?? []).filter((time) => time > now - this.windowMs);
  }

  private sweep(now: number): void {
    for (const [key, times] of this.events) {
      if (!times.some((time) => time > now - this.windowMs)) this.events.delete(key);
    }
  }

  /** Keys held right now (for tests of the sweep). */
  get size(): number {
    return this.events.size;
  }
}

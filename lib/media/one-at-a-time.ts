// Image processing takes a core and up to a few hundred MB while it runs,
// so a server processes one upload at a time; the rest wait their turn in
// arrival order, and beyond a few waiting the uploader is asked to retry.

/** Uploads that may wait behind the one being processed. */
export const MAX_WAITING_UPLOADS = 8;

export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;

  /** `full` makes the error for a task refused because too many are waiting. */
  constructor(private readonly full: () => Error) {}

  /** Uploads waiting or being processed. */
  get size(): number {
    return this.queued;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.queued > MAX_WAITING_UPLOADS) return Promise.reject(this.full());
    this.queued += 1;
    const result = this.tail.then(task).finally(() => {
      this.queued -= 1;
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}

// One per process, kept on globalThis because Next may load this module once
// per server bundle (the upload route and the actions).
const QUEUE = Symbol.for("masthead.imageProcessingQueue");
const holder = globalThis as typeof globalThis & { [QUEUE]?: OneAtATime };

export function imageProcessingQueue(full: () => Error): OneAtATime {
  holder[QUEUE] ??= new OneAtATime(full);
  return holder[QUEUE];
}

import type { SendOptions } from "./send";

// How deliveries behave: retries, when a failing hook is turned off, limits
// on each request, how much of the log is kept. Production uses the defaults
// (with the loopback setting from the environment); tests pass fast ones.

export interface DeliveryPolicy extends SendOptions {
  /** The wait before each retry: attempt n+1 comes retryDelaysMs[n-1] after attempt n fails. */
  retryDelaysMs: readonly number[];
  /** A hook is turned off after this many failed attempts in a row… */
  disableAfterFailures: number;
  /** …or once it has failed, with no success since, for this long. */
  disableAfterMs: number;
  /** Delivery log entries kept per hook; older ones are deleted. */
  keepDeliveries: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_DELIVERY_POLICY: Omit<DeliveryPolicy, "allowLoopback"> = {
  retryDelaysMs: [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 12 * HOUR],
  disableAfterFailures: 10,
  disableAfterMs: 24 * HOUR,
  timeoutMs: 10_000,
  maxResponseBytes: 64 * 1024,
  keepDeliveries: 100,
};

/** How long the secret replaced by a rotation keeps signing, so receivers can switch without losing messages. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * HOUR;

// When the editor saves by itself: a few seconds after typing stops, and no
// later than a fixed time after the first unsaved change, so a writer who
// never pauses still has their text on the server. Failed saves back off.

export const AUTOSAVE_IDLE_MS = 3_000;
export const AUTOSAVE_MAX_WAIT_MS = 10_000;
const RETRY_BASE_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/** Milliseconds from `now` until the next autosave is due (0: save now). */
export function autosaveDelay(times: { firstUnsavedAt: number; lastChangeAt: number; now: number }): number {
  const idleDue = times.lastChangeAt + AUTOSAVE_IDLE_MS;
  const maxDue = times.firstUnsavedAt + AUTOSAVE_MAX_WAIT_MS;
  return Math.max(0, Math.min(idleDue, maxDue) - times.now);
}

/** Wait before retrying after `failures` failed saves in a row: 2 s, 4 s, 8 s … at most 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
}

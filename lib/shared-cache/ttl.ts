// How long Redis keeps an entry: until Next would no longer serve it (its
// `expire`), and never longer than a week, so entries of builds no longer
// running and pages nobody asks for leave by themselves.

export const MAX_ENTRY_TTL_SECONDS = 7 * 24 * 3600;

/** Milliseconds to keep an entry whose lifetime is `expireSeconds` (unknown or unlimited: the ceiling). */
export function entryTtlMs(expireSeconds: number | false | undefined): number {
  const seconds =
    typeof expireSeconds === "number" && Number.isFinite(expireSeconds) && expireSeconds > 0
      ? Math.min(expireSeconds, MAX_ENTRY_TTL_SECONDS)
      : MAX_ENTRY_TTL_SECONDS;
  return Math.ceil(seconds * 1000);
}

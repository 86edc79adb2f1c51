import "server-only";
import { revalidateTag } from "next/cache";
import type { Written } from "./cache-tags";

/**
 * Expires the tagged entries at once: the next request renders fresh
 * content rather than being served the stale page (published or
 * unpublished pieces must show, or vanish, on the very next visit).
 * Called only by actions, the internal revalidation route and jobs.
 */
export function invalidateTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/** What an action answers once the public pages its mutation touched are invalidated. */
export function afterInvalidating<T>(written: Written<T>): T {
  invalidateTags(written.tags);
  return written.result;
}

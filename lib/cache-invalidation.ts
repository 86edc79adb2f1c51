import "server-only";
import { revalidateTag } from "next/cache";
import type { Written } from "./cache-tags";
import { replicasCaughtUp } from "./replication/data/catch-up";

/**
 * Expires the tagged entries at once: the next request renders fresh
 * content rather than being served the stale page (published or
 * unpublished pieces must show, or vanish, on the very next visit).
 * Called only by actions, the internal revalidation route and jobs. With
 * read replicas it first waits until they have the change, so the pages
 * rendered next cannot read the old content from one.
 */
export async function invalidateTags(tags: Iterable<string>): Promise<void> {
  const unique = new Set(tags);
  if (unique.size === 0) return;
  await replicasCaughtUp();
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
}

/** What an action answers once the public pages its mutation touched are invalidated. */
export async function afterInvalidating<T>(written: Written<T>): Promise<T> {
  await invalidateTags(written.tags);
  return written.result;
}

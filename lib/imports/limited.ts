/**
 * Runs `work` for every item with at most `limit` running at once: a batch
 * of posts keeps the import workers busy without queueing all of its posts
 * (and their memory) at once.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

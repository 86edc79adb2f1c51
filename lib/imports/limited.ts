/**
 * Runs `work` for every item with at most `limit` running at once. Import
 * work waits on the render workers, whose queue refuses more than a few
 * renders at a time (MARKDOWN_QUEUE), so a batch must not ask for all of its
 * renders at once.
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

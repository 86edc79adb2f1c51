import "server-only";
import { publishDueBatch } from "../posts/data/scheduled-publishing";
import { notifyWriters } from "../posts/data/writer-mail";
import { askSiteToRevalidate, type RevalidateTarget } from "./site-revalidation";

export interface PublishRun {
  published: string[];
}

/** Publishes the scheduled posts that are due, asks the site to drop the pages that showed them unpublished, and tells their writers. */
export async function publishDuePosts(
  options: { now?: Date; revalidate?: RevalidateTarget | null } = {},
): Promise<PublishRun> {
  const published = await publishDueBatch(options.now ?? new Date());
  if (published.length && options.revalidate) await askSiteToRevalidate(options.revalidate, published);
  for (const postId of published) {
    await notifyWriters({ postId, news: { kind: "published", onSchedule: true }, by: null });
  }
  return { published };
}

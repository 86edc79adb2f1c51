import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { parseOrNull, publicSlugSchema } from "../schemas";
import { getContributor } from "./data/queries";
import { onReplica } from "../replica-reads";

export async function getContributorCached(slug: string) {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(publicSlugSchema, slug);
  const contributor = valid === null ? null : await onReplica(() => getContributor(valid));
  cacheTag(contributor ? cacheTags.contributor(contributor.id) : cacheTags.postsList);
  return contributor;
}

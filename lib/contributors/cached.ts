import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { getContributor } from "./data/queries";

export async function getContributorCached(slug: string) {
  "use cache";
  cacheLife("content");
  const contributor = await getContributor(slug);
  cacheTag(contributor ? cacheTags.contributor(contributor.id) : cacheTags.postsList);
  return contributor;
}

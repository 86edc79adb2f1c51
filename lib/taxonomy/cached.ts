import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { parseOrNull, publicSlugSchema } from "../schemas";
import { getSection, getTag } from "./data/queries";
import { onReplica } from "../replica-reads";

export async function getSectionCached(slug: string) {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(publicSlugSchema, slug);
  const section = valid === null ? null : await onReplica(() => getSection(valid));
  cacheTag(cacheTags.sections, ...(section ? [cacheTags.section(section.id)] : []));
  return section;
}

export async function getTagCached(slug: string) {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(publicSlugSchema, slug);
  const tag = valid === null ? null : await onReplica(() => getTag(valid));
  // An unknown tag slug appears when a post gains the tag.
  cacheTag(tag ? cacheTags.tag(tag.id) : cacheTags.postsList);
  return tag;
}

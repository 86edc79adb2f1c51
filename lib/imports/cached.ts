import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { findLegacyAddress } from "./data/legacy-addresses";
import { legacyLookupSchema, type LegacyLookup } from "./legacy";
import { onReplica } from "../replica-reads";

/**
 * Where an old WordPress address now lives, cached like the other redirect
 * lookups: any publication, section change or rename may move it.
 */
export async function findLegacyAddressCached(lookup: LegacyLookup): Promise<string | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList, cacheTags.sections, cacheTags.pathRedirects);
  // Cached functions are public endpoints: the argument is checked here too.
  const valid = legacyLookupSchema.safeParse(lookup);
  return valid.success ? onReplica(() => findLegacyAddress(valid.data)) : null;
}

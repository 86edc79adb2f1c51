import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache-tags";
import { findPathRedirect } from "./data/queries";

export async function findPathRedirectCached(path: string) {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.pathRedirects);
  return findPathRedirect(path);
}

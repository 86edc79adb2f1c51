import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "../cache-tags";
import { parseOrNull } from "../schemas";
import { findPathRedirect } from "./data/queries";
import { onReplica } from "../replica-reads";

/** A site-relative path such as "/tags/old-name". */
const pathSchema = z
  .string()
  .max(300)
  .regex(/^\/[a-z0-9/-]*$/);

export async function findPathRedirectCached(path: string) {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.pathRedirects);
  const valid = parseOrNull(pathSchema, path);
  return valid === null ? null : onReplica(() => findPathRedirect(valid));
}

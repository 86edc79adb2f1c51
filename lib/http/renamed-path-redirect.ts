import "server-only";
import { permanentRedirect } from "next/navigation";
import { findPathRedirectCached } from "../redirects/cached";

/**
 * For a public page about to answer 404: if `basePath` ("/sections/old")
 * was renamed, answers a permanent redirect to the new path instead, keeping
 * `suffix` ("/page/2"). Returns normally when there is no redirect.
 */
export async function followRenamedPath(basePath: string, suffix = ""): Promise<void> {
  const target = await findPathRedirectCached(basePath);
  if (target) permanentRedirect(`${target}${suffix}`);
}

import "server-only";
import { permanentRedirect } from "next/navigation";
import { inInterface, type SiteInterface } from "../i18n/interface";
import { findPathRedirectCached } from "../redirects/cached";

/**
 * For a public page about to answer 404: if `basePath` ("/sections/old")
 * was renamed, answers a permanent redirect to the new path instead, keeping
 * `suffix` ("/page/2") and the reader's interface. Returns normally when
 * there is no redirect.
 */
export async function followRenamedPath(basePath: string, ui: SiteInterface, suffix = ""): Promise<void> {
  const target = await findPathRedirectCached(basePath);
  if (target) permanentRedirect(inInterface(ui, `${target}${suffix}`));
}

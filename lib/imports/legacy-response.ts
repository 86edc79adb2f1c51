import "server-only";
import { statusPageResponse } from "../http/status-page";
import { findLegacyAddressCached } from "./cached";
import type { LegacyLookup } from "./legacy";

/**
 * The answer to an imported site's old address (the WordPress and Blogger
 * legacy routes): a permanent redirect to where the thing lives now, or a
 * 404 page when nothing was imported under it (or the lookup is nonsense).
 */
export async function legacyResponse(lookup: LegacyLookup | null): Promise<Response> {
  const address = lookup ? await findLegacyAddressCached(lookup) : null;
  if (address) return new Response(null, { status: 308, headers: { Location: address } });
  return statusPageResponse({
    status: 404,
    lang: "en",
    title: "Page not found",
    paragraphs: ["This address was part of the site before it moved, and nothing here matches it now."],
    link: { href: "/", label: "Go to the front page" },
  });
}

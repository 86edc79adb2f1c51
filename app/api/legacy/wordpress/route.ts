import { findLegacyAddressCached } from "@/lib/imports/cached";
import { legacyLookupOf } from "@/lib/imports/legacy";
import { statusPageResponse } from "@/lib/http/status-page";

// An imported WordPress site's old addresses (/2019/03/14/<slug>/, /?p=<id>,
// /category/<slug>/, /tag/<slug>/, /author/<login>/), rewritten here by
// lib/site/legacy-rewrites.ts: a permanent redirect to where the thing lives
// now, or a 404 when nothing was imported under that address.

export async function GET(request: Request) {
  const lookup = legacyLookupOf(new URL(request.url).searchParams);
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

import { findLegacyAddressCached } from "@/lib/imports/cached";
import { legacyLookupOf } from "@/lib/imports/legacy";
import { statusPageResponse } from "@/lib/http/status-page";

// An imported WordPress site's old addresses (/2019/03/14/<slug>/, /?p=<id>,
// /category/<slug>/, /tag/<slug>/, /author/<login>/), rewritten here by
// lib/site/legacy-rewrites.ts as /<kind>/<value>: a permanent redirect to
// where the thing lives now, or a 404 when nothing was imported under it.

type Props = { params: Promise<{ kind: string; value: string }> };

export async function GET(_request: Request, { params }: Props) {
  const { kind, value } = await params;
  const lookup = legacyLookupOf(kind, value);
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

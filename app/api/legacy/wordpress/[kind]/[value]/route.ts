import { legacyLookupOf } from "@/lib/imports/legacy";
import { legacyResponse } from "@/lib/imports/legacy-response";

// An imported WordPress site's old addresses (/2019/03/14/<slug>/, /?p=<id>,
// /category/<slug>/, /tag/<slug>/, /author/<login>/), rewritten here by
// lib/site/legacy-rewrites.ts as /<kind>/<value>: a permanent redirect to
// where the thing lives now, or a 404 when nothing was imported under it.

type Props = { params: Promise<{ kind: string; value: string }> };

export async function GET(_request: Request, { params }: Props) {
  const { kind, value } = await params;
  return legacyResponse(legacyLookupOf(kind, value));
}

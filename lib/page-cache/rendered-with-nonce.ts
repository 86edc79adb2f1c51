// Whether a cached page's scripts were rendered with this process's
// placeholder nonce. Looking for the placeholder anywhere is not enough: Next
// regenerates a stale page in the background as a static prerender, with no
// request and so no nonce for its own tags, while the root layout's one inline
// script takes the placeholder from this process all the same. Such a page
// carries the placeholder once and leaves every chunk and flight script bare,
// which the policy refuses. So every script that runs must carry it; JSON-LD
// never runs, and the bootstrap tag Next leaves bare in any prerender is given
// the nonce afterwards (lib/http/bootstrap-nonce.ts).

const SCRIPT_TAG = /<script\b[^>]*>/g;
const INERT = /\btype="application\/(?:ld\+)?json"/;
const BOOTSTRAP = /\bid="_R_"/;

export function renderedWithNonce(html: string, placeholder: string): boolean {
  const nonce = `nonce="${placeholder}"`;
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    if (INERT.test(tag) || BOOTSTRAP.test(tag)) continue;
    if (!tag.includes(nonce)) return false;
  }
  return true;
}

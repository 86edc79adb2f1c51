// Next 16.4 renders the nonce into every script of a page except one: when it
// prerenders a page for the cache (Cache Components), React is not given the
// nonce, so the bootstrap script that starts the app, `<script src="/_next/
// static/chunks/….js" id="_R_" async="">`, comes out without it and the
// policy would refuse it, and its preload in <head> too. This gives that tag
// and the preload of the same file the nonce, and nothing else: it must load a
// file of this build (/_next/static/chunks/), and a page holding two such
// tags (one smuggled in) gets none.

const BOOTSTRAP_TAG = /<script src="(\/_next\/static\/chunks\/[\w.-]+\.js)" id="_R_" async="">/g;

const withNonceAfter = (html: string, tag: string, name: string, nonce: string) => {
  const at = html.indexOf(tag);
  if (at === -1) return html;
  const insertAt = at + name.length;
  return `${html.slice(0, insertAt)} nonce="${nonce}"${html.slice(insertAt)}`;
};

/** `html` with `nonce` on Next's bootstrap script and its preload, or unchanged when it has one or cannot be told apart. */
export function withBootstrapNonce(html: string, nonce: string): string {
  const tags = [...html.matchAll(BOOTSTRAP_TAG)];
  if (tags.length !== 1) return html;
  const [tag, src] = tags[0]!;
  const preload = `<link rel="preload" as="script" fetchPriority="low" href="${src}"/>`;
  return withNonceAfter(withNonceAfter(html, preload, "<link", nonce), tag, "<script", nonce);
}

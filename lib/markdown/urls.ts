/**
 * URL rules shared by links, images and the house syntax. The sanitizer
 * enforces the same protocol lists again at the end of the pipeline; these
 * helpers exist so our plugins can drop or unwrap a bad URL *before* it turns
 * into a half-empty element (an <a> without href, a figure without an image).
 */

/** Schemes a link may use. Anything without a scheme is relative and allowed. */
export const LINK_PROTOCOLS = ["http", "https", "mailto", "tel"] as const;

/**
 * Schemes an image may use. `data:` is deliberately absent: it would let a
 * writer (or a compromised guest account) embed arbitrary bytes that bypass
 * the media library and the CSP `img-src` list, bloat the stored HTML, and
 * `data:image/svg+xml` documents can carry script when opened directly.
 */
export const IMAGE_PROTOCOLS = ["http", "https"] as const;

export type UrlKind = "link" | "image";

// Same rule as hast-util-sanitize: a colon only starts a scheme when it
// comes before any `/`, `?` or `#`; otherwise the URL is relative.
function schemeOf(url: string): string | null {
  const colon = url.indexOf(":");
  if (colon < 0) return null;
  for (const stop of ["/", "?", "#"]) {
    const at = url.indexOf(stop);
    if (at > -1 && at < colon) return null;
  }
  return url.slice(0, colon);
}

/**
 * Browsers drop ASCII whitespace and control characters inside a scheme
 * (`java\tscript:`), so they are removed before comparing; the scheme is
 * compared case-insensitively (`JaVaScRiPt:`).
 */
export function isAllowedUrl(raw: string, kind: UrlKind): boolean {
  const url = raw.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = schemeOf(url);
  if (scheme === null) return true;
  const allowed: readonly string[] = kind === "image" ? IMAGE_PROTOCOLS : LINK_PROTOCOLS;
  return allowed.includes(scheme.toLowerCase());
}

/**
 * Lower-cases the scheme so `HTTPS://…` survives the sanitizer, whose
 * protocol comparison is case-sensitive. Call only on allowed URLs.
 */
export function normalizeScheme(url: string): string {
  const scheme = schemeOf(url);
  return scheme === null ? url : scheme.toLowerCase() + url.slice(scheme.length);
}

/**
 * The pipeline does not know the site's own host, so every absolute web URL
 * (including protocol-relative `//host/…`) counts as external.
 */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}

/**
 * Percent-encodes what a URL from a directive attribute must not contain
 * (spaces, quotes, brackets, controls, non-ASCII), the way micromark already
 * does for Markdown link destinations.
 */
export function encodeUrl(url: string): string {
  return (
    url
      // encodeURIComponent throws on a lone surrogate.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
      .replace(/[^\w\-.~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c))
  );
}

// Where to send a reader after signing in: only a place on this site, so a
// crafted link cannot bounce them to another one ("//evil.example" and
// "/\evil.example" are other sites to a browser). next-auth hands back
// absolute URLs on the site's own origin; those become paths.

export function safeCallbackPath(raw: unknown, siteUrl: string, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length > 2_000 || /[\u0000-\u001f\\]/.test(raw)) return fallback;
  if (raw.startsWith("/")) return raw.startsWith("//") ? fallback : raw;
  if (!URL.canParse(raw)) return fallback;
  const url = new URL(raw);
  return url.origin === new URL(siteUrl).origin ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

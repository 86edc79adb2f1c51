import { env } from "../env";
import { absoluteUrl, listingPath } from "../urls";
import type { FeedFormat, FeedScope } from "./dto";

// Where each feed lives and what it is called, shared by the feeds
// themselves (self links, titles) and by the pages that advertise them.

export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

const FILE_NAMES: Readonly<Record<FeedFormat, string>> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };
const MEDIA_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};
const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** The HTML page a feed mirrors: "/" for the site, "/sections/<slug>" for a section… */
export function scopePagePath(scope: FeedScope): string {
  return scope.kind === "site" ? "/" : listingPath(scope.kind, scope.slug);
}

/** The feed beside the page at `pagePath` ("/", "/sections/<slug>"…). */
export function feedPathFor(pagePath: string, format: FeedFormat): string {
  return `${pagePath === "/" ? "" : pagePath}/${FILE_NAMES[format]}`;
}

export function feedPath(scope: FeedScope, format: FeedFormat): string {
  return feedPathFor(scopePagePath(scope), format);
}

/** "Riverside Voices" for the site; "Housing · Riverside Voices" like the page titles elsewhere. */
export function feedTitle(siteName: string, subjectName: string | null): string {
  return subjectName ? `${subjectName} · ${siteName}` : siteName;
}

export interface FeedLink {
  /** Media type without parameters, as <link type> wants it. */
  type: string;
  title: string;
  /** Absolute URL. */
  href: string;
}

export type FeedLinkScope = { kind: "site" } | { kind: "section" | "contributor"; slug: string; name: string };

/**
 * The `<link rel="alternate">` descriptors for one feed scope, in every format.
 * Pages put them into their metadata with feedAlternateTypes(); a section or
 * contributor page usually advertises its own feeds and the site's:
 *
 *   export async function generateMetadata({ params }: Props): Promise<Metadata> {
 *     const [section, settings] = await Promise.all([getSection(slug), getSiteSettings()]);
 *     const links = [
 *       ...feedLinks({ kind: "section", slug: section.slug, name: section.name }, settings.siteName),
 *       ...feedLinks({ kind: "site" }, settings.siteName),
 *     ];
 *     return { title: section.name, alternates: { types: feedAlternateTypes(links) } };
 *   }
 *
 * The root layout's metadata can carry the site's links alone, so every page advertises them.
 */
export function feedLinks(scope: FeedLinkScope, siteName: string, siteUrl: string = env().SITE_URL): FeedLink[] {
  const title = feedTitle(siteName, scope.kind === "site" ? null : scope.name);
  return FEED_FORMATS.map((format) => ({
    type: MEDIA_TYPES[format],
    title: `${title} (${FORMAT_NAMES[format]})`,
    href: absoluteUrl(siteUrl, feedPath(scope, format)),
  }));
}

/** Next's Metadata `alternates.types` shape: media type → [{ url, title }], several per type allowed. */
export function feedAlternateTypes(links: FeedLink[]): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const link of links) (types[link.type] ??= []).push({ url: link.href, title: link.title });
  return types;
}

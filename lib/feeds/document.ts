import type { PublicSiteSettings } from "../settings/public";
import { absoluteUrl, articleUrl, contributorUrl } from "../urls";
import type { FeedChannel, FeedFormat, FeedPost, FeedScope } from "./dto";
import { absolutizeHtml, imageType } from "./html";
import { feedPath, feedTitle, scopePagePath } from "./links";

// The format-neutral feed: every URL absolute, every date decided, the
// summary-or-full-text choice made once. The renderers only spell it out.

export type FeedSettings = Pick<
  PublicSiteSettings,
  "siteName" | "tagline" | "language" | "publisherName" | "feedContent"
>;

export interface FeedBuildInput {
  channel: FeedChannel;
  settings: FeedSettings;
  /** env().SITE_URL in the app; anything in tests. */
  siteUrl: string;
}

export interface FeedPerson {
  name: string;
  url: string;
}

export interface FeedItem {
  /** The article URL: the item's link and its stable id. */
  url: string;
  title: string;
  /** Plain text (the standfirst); may be empty. */
  summary: string;
  /** The article HTML with absolute links, or null when the site publishes summaries only. */
  contentHtml: string | null;
  language: string;
  published: Date;
  updated: Date;
  authors: FeedPerson[];
  /** The section first, then the tags. `scheme` is the taxonomy's base URL. */
  categories: { name: string; scheme: string }[];
  image: { url: string; alt: string; type: string | null } | null;
}

export interface FeedDocument {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  selfUrl: string;
  /** The newest item's date, never the time of the request, so identical content gives identical output. */
  updated: Date;
  copyright: string;
  publisher: FeedPerson;
  items: FeedItem[];
}

/** An empty feed has never been updated; a fixed date keeps its output stable too. */
const NEVER = new Date(0);

export function toFeedDocument(input: FeedBuildInput, format: FeedFormat): FeedDocument {
  const { channel, settings, siteUrl } = input;
  const { subject } = channel;
  const scope: FeedScope = subject.kind === "site" ? subject : { kind: subject.kind, slug: subject.slug };
  const items = channel.posts.map((post) => toItem(post, input));
  const updated = items.reduce((newest, item) => (item.updated > newest ? item.updated : newest), NEVER);
  return {
    title: feedTitle(settings.siteName, subject.kind === "site" ? null : subject.name),
    description: (subject.kind === "site" ? "" : subject.description) || settings.tagline,
    language: settings.language,
    homeUrl: absoluteUrl(siteUrl, scopePagePath(scope)),
    selfUrl: absoluteUrl(siteUrl, feedPath(scope, format)),
    updated,
    copyright: `© ${settings.publisherName}`,
    publisher: { name: settings.publisherName, url: absoluteUrl(siteUrl, "/") },
    items,
  };
}

function toItem(post: FeedPost, { settings, siteUrl }: FeedBuildInput): FeedItem {
  const url = articleUrl(siteUrl, post.slug);
  const full = settings.feedContent === "full" && post.html !== null;
  const imageUrl = post.hero && (post.hero.url.startsWith("/") ? absoluteUrl(siteUrl, post.hero.url) : post.hero.url);
  return {
    url,
    title: post.title,
    summary: post.standfirst,
    contentHtml: full ? absolutizeHtml(post.html!, siteUrl, url) : null,
    language: post.language,
    published: post.publishedAt,
    // A correction dated before publication (imported content) must not make the item older than itself.
    updated: post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt,
    authors: post.bylines.map((b) => ({ name: b.name, url: contributorUrl(siteUrl, b.slug) })),
    categories: [
      ...(post.section ? [{ name: post.section.name, scheme: absoluteUrl(siteUrl, "/sections/") }] : []),
      ...post.tags.map((t) => ({ name: t.name, scheme: absoluteUrl(siteUrl, "/tags/") })),
    ],
    image: post.hero && imageUrl ? { url: imageUrl, alt: post.hero.alt, type: imageType(imageUrl) } : null,
  };
}

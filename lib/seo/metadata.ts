import type { Metadata } from "next";
import { feedAlternateTypes, feedLinks } from "../feeds/links";
import { translator } from "../i18n";
import type { ArticlePage, PublicPost } from "../posts/dto";
import type { PublicSiteSettings } from "../settings/public";
import { articleUrl, contributorUrl, listingUrl, type ListingKind } from "../urls";
import { heroShareImage, siteShareImage } from "./share-image";
import { DESCRIPTION_MAX, openGraphLocale, truncateOnWord } from "./text";

// What pages return from generateMetadata. Every URL is absolute, so the
// output does not depend on a metadataBase being set anywhere.

/** The size hero images are produced at, declared so previews can lay out before fetching. */
export const HERO_WIDTH = 1600;
export const HERO_HEIGHT = 900;

/** The editor's search description, else the standfirst; undefined when both are blank. */
export function articleDescription(post: Pick<PublicPost, "seoDescription" | "standfirst">): string | undefined {
  const text = post.seoDescription?.trim() || post.standfirst.trim();
  return text ? truncateOnWord(text, DESCRIPTION_MAX) : undefined;
}

/** When the text last changed in substance: a correction dated before publication (imported content) does not count. */
export function articleModifiedAt(post: Pick<PublicPost, "publishedAt" | "contentUpdatedAt">): Date {
  const updated = post.contentUpdatedAt;
  return updated && updated > post.publishedAt ? updated : post.publishedAt;
}

function siteFeeds(settings: PublicSiteSettings, siteUrl: string) {
  return feedLinks({ kind: "site" }, settings.siteName, siteUrl);
}

export function articleMetadata(page: ArticlePage, settings: PublicSiteSettings, siteUrl: string): Metadata {
  const { post } = page;
  const url = articleUrl(siteUrl, post.slug);
  const title = post.seoTitle?.trim() || post.title;
  const description = articleDescription(post);
  const image = heroShareImage(post.hero, { width: HERO_WIDTH, height: HERO_HEIGHT }, settings, siteUrl);
  const site = settings.socialHandle ?? undefined;
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternateTypes(siteFeeds(settings, siteUrl)) },
    openGraph: {
      type: "article",
      url,
      title,
      description,
      siteName: settings.siteName,
      locale: openGraphLocale(post.language),
      images: image ? [image] : undefined,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: articleModifiedAt(post).toISOString(),
      authors: post.bylines.map((b) => contributorUrl(siteUrl, b.slug)),
      section: post.section?.name,
      tags: post.tags.map((t) => t.name),
    },
    // A large card only when there is a picture to fill it; an empty one looks broken.
    twitter: image
      ? { card: "summary_large_image", site, title, description, images: [{ url: image.url, alt: image.alt }] }
      : { card: "summary", site, title, description },
  };
}

export type ListingMetadataInput =
  | { kind: "home"; page: number; description?: string | null; language?: string }
  | {
      kind: Exclude<ListingKind, "home">;
      /** The section's, tag's or series' name, or the contributor's. */
      name: string;
      slug: string;
      page: number;
      /** Plain text; blank falls back to the site's tagline. */
      description?: string | null;
      /** The listing's own language when it has one (a series); else the site's. */
      language?: string;
    };

export function listingMetadata(input: ListingMetadataInput, settings: PublicSiteSettings, siteUrl: string): Metadata {
  const language = input.language ?? settings.language;
  const pageLabel = translator(language)("pagination.page", { page: input.page });
  const subject = input.kind === "home" ? settings.siteName : input.name;
  // "Housing – page 2": the first page is the listing itself, later ones say where they are.
  const heading =
    input.page > 1 ? `${subject} – ${pageLabel.charAt(0).toLocaleLowerCase(language)}${pageLabel.slice(1)}` : subject;
  const url = listingUrl(siteUrl, input.kind, input.kind === "home" ? "" : input.slug, input.page);
  const description = truncateOnWord(input.description?.trim() || settings.tagline, DESCRIPTION_MAX) || undefined;
  // Section and contributor pages have feeds of their own; tags and series do not.
  const ownFeeds =
    input.kind === "section" || input.kind === "contributor"
      ? feedLinks({ kind: input.kind, slug: input.slug, name: input.name }, settings.siteName, siteUrl)
      : [];
  const site = settings.socialHandle ?? undefined;
  const image = siteShareImage(settings, siteUrl);
  return {
    // The root layout's template would make the home page "Riverside Voices · Riverside Voices".
    title: input.kind === "home" ? { absolute: heading } : heading,
    description,
    alternates: { canonical: url, types: feedAlternateTypes([...ownFeeds, ...siteFeeds(settings, siteUrl)]) },
    openGraph: {
      type: input.kind === "contributor" ? "profile" : "website",
      url,
      title: heading,
      description,
      siteName: settings.siteName,
      locale: openGraphLocale(language),
      images: image ? [image] : undefined,
    },
    twitter: image
      ? { card: "summary_large_image", site, title: heading, description, images: [{ url: image.url }] }
      : { card: "summary", site, title: heading, description },
  };
}

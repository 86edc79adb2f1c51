import type { Metadata } from "next";
import type { PublicPage } from "../pages/dto";
import type { PublicSiteSettings } from "../settings/public";
import { pageUrl } from "../urls";
import { publisher, type OrganizationJsonLd } from "./json-ld";
import { DESCRIPTION_MAX, HEADLINE_MAX, openGraphLocale, truncateOnWord } from "./text";

// Metadata and structured data of a standalone page (/about): a WebPage, with
// no author or date shown, though search engines still get when it changed.

export interface WebPageJsonLd {
  "@context": "https://schema.org";
  "@type": "WebPage";
  name: string;
  description?: string;
  url: string;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  publisher: OrganizationJsonLd;
}

function pageDescription(page: Pick<PublicPage, "seoDescription" | "standfirst">): string | undefined {
  const text = page.seoDescription?.trim() || page.standfirst.trim();
  return text ? truncateOnWord(text, DESCRIPTION_MAX) : undefined;
}

export function pageMetadata(page: PublicPage, settings: PublicSiteSettings, siteUrl: string): Metadata {
  const url = pageUrl(siteUrl, page.slug);
  const title = page.seoTitle?.trim() || page.title;
  const description = pageDescription(page);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      url,
      title,
      description,
      siteName: settings.siteName,
      locale: openGraphLocale(page.language),
    },
    twitter: { card: "summary", site: settings.socialHandle ?? undefined, title, description },
  };
}

export function pageJsonLd(page: PublicPage, settings: PublicSiteSettings, siteUrl: string): WebPageJsonLd {
  const description = pageDescription(page);
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    name: truncateOnWord(page.title, HEADLINE_MAX),
    ...(description && { description }),
    url: pageUrl(siteUrl, page.slug),
    inLanguage: page.language,
    datePublished: page.publishedAt.toISOString(),
    dateModified: page.modifiedAt.toISOString(),
    publisher: publisher(settings, siteUrl),
  };
}

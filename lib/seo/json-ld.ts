import type { ArticlePage, PostTypeName, PublicByline } from "../posts/dto";
import type { PublicSiteSettings } from "../settings/public";
import { absoluteUrl, articleUrl, contributorUrl, homeUrl, mediaUrl, seriesUrl } from "../urls";
import { articleDescription, articleModifiedAt } from "./metadata";
import { HEADLINE_MAX, truncateOnWord } from "./text";

// schema.org structured data for search engines, as plain objects; pages
// print them with jsonLdScript(). Optional properties are left out rather
// than set to null, which some validators reject.

const CONTEXT = "https://schema.org";

export interface OrganizationJsonLd {
  "@type": "Organization";
  name: string;
  url?: string;
}

export interface PersonJsonLd {
  "@type": "Person";
  name: string;
  url: string;
  jobTitle?: string;
  worksFor?: OrganizationJsonLd;
}

export type ArticleSchemaType = "OpinionNewsArticle" | "BlogPosting" | "NewsArticle" | "Article";

export interface ArticleJsonLd {
  "@context": typeof CONTEXT;
  "@type": ArticleSchemaType;
  headline: string;
  description?: string;
  url: string;
  mainEntityOfPage: { "@type": "WebPage"; "@id": string };
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  image?: string[];
  author: PersonJsonLd[];
  publisher: OrganizationJsonLd;
  articleSection?: string;
  keywords?: string[];
  isPartOf?: { "@type": "CreativeWorkSeries"; name: string; url: string };
  /** The part's number within its series. */
  position?: number;
}

export interface WebSiteJsonLd {
  "@context": typeof CONTEXT;
  "@type": "WebSite";
  name: string;
  url: string;
  description?: string;
  inLanguage: string;
  publisher: OrganizationJsonLd;
  potentialAction: {
    "@type": "SearchAction";
    target: { "@type": "EntryPoint"; urlTemplate: string };
    "query-input": "required name=search_term_string";
  };
}

/**
 * Opinion is the schema.org subtype of NewsArticle made for it, so readers of
 * the markup can tell comment from reporting while anything that only knows
 * NewsArticle still understands it. Blogs are BlogPosting. A feature is long-form
 * background rather than news reporting, and none of schema.org's narrower
 * NewsArticle subtypes (Analysis, Background, Reportage) fits every feature, so
 * it claims no more than Article.
 */
export const ARTICLE_SCHEMA_TYPES: Readonly<Record<PostTypeName, ArticleSchemaType>> = {
  OPINION: "OpinionNewsArticle",
  BLOG: "BlogPosting",
  NEWS: "NewsArticle",
  FEATURE: "Article",
};

export function publisher(settings: PublicSiteSettings, siteUrl: string): OrganizationJsonLd {
  return { "@type": "Organization", name: settings.publisherName, url: homeUrl(siteUrl) };
}

function person(byline: PublicByline, siteUrl: string): PersonJsonLd {
  return {
    "@type": "Person",
    name: byline.name,
    url: contributorUrl(siteUrl, byline.slug),
    ...(byline.jobTitle && { jobTitle: byline.jobTitle }),
    ...(byline.organisation && { worksFor: { "@type": "Organization" as const, name: byline.organisation } }),
  };
}

export function articleJsonLd(page: ArticlePage, settings: PublicSiteSettings, siteUrl: string): ArticleJsonLd {
  const { post, series } = page;
  const url = articleUrl(siteUrl, post.slug);
  const description = articleDescription(post);
  return {
    "@context": CONTEXT,
    "@type": ARTICLE_SCHEMA_TYPES[post.type],
    headline: truncateOnWord(post.title, HEADLINE_MAX),
    ...(description && { description }),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: post.language,
    datePublished: post.publishedAt.toISOString(),
    dateModified: articleModifiedAt(post).toISOString(),
    ...(post.hero && { image: [mediaUrl(siteUrl, post.hero.url)] }),
    author: post.bylines.map((b) => person(b, siteUrl)),
    publisher: publisher(settings, siteUrl),
    ...(post.section && { articleSection: post.section.name }),
    ...(post.tags.length > 0 && { keywords: post.tags.map((t) => t.name) }),
    ...(series && {
      isPartOf: { "@type": "CreativeWorkSeries" as const, name: series.title, url: seriesUrl(siteUrl, series.slug) },
      position: series.position,
    }),
  };
}

/**
 * For the home page. Google no longer shows a sitelinks search box (2024), but
 * the SearchAction still tells other consumers where the site's search lives.
 */
export function websiteJsonLd(settings: PublicSiteSettings, siteUrl: string): WebSiteJsonLd {
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: settings.siteName,
    url: homeUrl(siteUrl),
    ...(settings.tagline.trim() && { description: settings.tagline.trim() }),
    inLanguage: settings.language,
    publisher: publisher(settings, siteUrl),
    potentialAction: {
      "@type": "SearchAction",
      // The braces are schema.org's placeholder syntax and must reach the page unencoded.
      target: { "@type": "EntryPoint", urlTemplate: absoluteUrl(siteUrl, "/search?q={search_term_string}") },
      "query-input": "required name=search_term_string",
    },
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the body of a `<script type="application/ld+json">`, with every
 * character that could end or disturb the element escaped as \uXXXX — the
 * same JSON value, so JSON.parse gives back exactly what went in.
 *
 * Inside a script element the HTML parser does not decode entities and stops
 * at the first `</script` (and `<!--` switches it into an escaped state that
 * can swallow what follows), so a title such as `</script><script>…` would
 * otherwise close the element and run. With no `<` left in the text neither
 * can happen; `>` and `&` are escaped for the same defence in depth, and
 * U+2028/U+2029 because older JavaScript parsers treat them as line breaks.
 *
 * components/seo/json-ld.tsx prints this with dangerouslySetInnerHTML: React would HTML-escape
 * ordinary children, and entities are not decoded inside a script, so the
 * JSON would arrive corrupted. That makes it the one use besides the Markdown
 * pipeline's output, and a safe one for the same reason: the HTML is produced
 * here, from data we serialise, never taken from input.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

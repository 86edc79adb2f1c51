import type { ArticlePage, PublicByline, PublicPost, SeriesBox } from "../../../lib/posts/dto";
import { siteSettingsSchema, type SiteSettings } from "../../../lib/settings/schema";

// Article pages shaped like getArticlePage's output, with the settings'
// real defaults, for the pure SEO builders.

export const SITE_URL = "https://news.example.org";
/** Closes the script element, opens a comment and breaks a line in older JavaScript parsers. */
export const HOSTILE_TITLE = 'Rents </script><script>alert(1)</script> & "repairs" <!-- \u2028 and \u2029';

export function settings(overrides: Partial<SiteSettings> = {}): SiteSettings {
  return { ...siteSettingsSchema.parse({}), ...overrides };
}

export function byline(overrides: Partial<PublicByline> = {}): PublicByline {
  return {
    name: "Sam Okafor",
    slug: "sam-okafor",
    jobTitle: "Head of Housing",
    organisation: "Riverside Homes",
    ...overrides,
  };
}

export function post(overrides: Partial<PublicPost> = {}): PublicPost {
  return {
    id: "post-1",
    slug: "living-with-the-river-mell",
    type: "FEATURE",
    title: "Living with the River Mell",
    standfirst: "How residents on Ferry Lane are preparing for the next flood.",
    language: "en-GB",
    publishedAt: new Date("2026-03-02T08:00:00Z"),
    section: { slug: "housing", name: "Housing" },
    bylines: [byline()],
    hero: {
      url: "/images/posts/living-with-the-river-mell.svg",
      alt: "Houses on a riverbank at dawn",
      caption: "The River Mell at Ferry Lane.",
      credit: "Priya Lindqvist",
    },
    html: "<p>Body</p>",
    headings: [],
    readingMinutes: 6,
    contentUpdatedAt: null,
    seoTitle: null,
    seoDescription: null,
    signOff: false,
    commentsEnabled: true,
    tags: [
      { slug: "flooding", name: "Flooding" },
      { slug: "damp-and-mould", name: "Damp & mould" },
    ],
    publishedBy: null,
    writerHandles: [],
    otherSections: [],
    ...overrides,
  };
}

export function series(overrides: Partial<SeriesBox> = {}): SeriesBox {
  return {
    slug: "retrofit-diary",
    title: "Retrofit diary",
    position: 2,
    plannedParts: null,
    previous: { position: 1, slug: "retrofit-diary-living-with-the-works", title: "Living with the works" },
    next: { position: 3, slug: null, title: null },
    parts: [],
    ...overrides,
  };
}

export function articlePage(
  postOverrides: Partial<PublicPost> = {},
  extra: Partial<Omit<ArticlePage, "post">> = {},
): ArticlePage {
  const p = post(postOverrides);
  return {
    shows: { posts: [p.id], sections: [], tags: [], contributors: [], series: [] },
    post: p,
    contacts: [],
    series: null,
    related: [],
    ...extra,
  };
}

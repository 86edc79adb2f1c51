import "server-only";
import type { ShownEntities } from "../../cache-tags";
import type { Prisma } from "../../db";
import { env } from "../../env";
import { storedHeadingsSchema } from "../../posts/schema";
import { absoluteUrl, articleUrl, contributorUrl, listingPath, mediaUrl, pageUrl, seriesUrl } from "../../urls";
import type { ApiPage, ApiPageSummary, ApiPost, ApiPostSummary, ApiSectionRef } from "../dto";
import { readerMediaHtml, readerMediaUrl } from "../../media/public-url";

// The columns the API's post and page answers need, and their mapping to the
// DTOs. Rows reach these mappers only through queries that required
// published-and-due (lib/posts/visibility.ts).

// Related rows carry their ids for the answer's cache tags (shownBy); the answers never show them.
const sectionRef = { select: { id: true, slug: true, name: true } } satisfies Prisma.SectionDefaultArgs;

export const postSummarySelect = {
  id: true,
  slug: true,
  type: true,
  title: true,
  standfirst: true,
  language: true,
  publishedAt: true,
  updatedAt: true,
  contentUpdatedAt: true,
  readingMinutes: true,
  wordCount: true,
  heroImageUrl: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  seriesPosition: true,
  section: sectionRef,
  otherSections: { orderBy: { position: "asc" }, select: { section: sectionRef } },
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { id: true, slug: true, name: true } } } },
  bylines: {
    orderBy: { position: "asc" },
    select: { jobTitle: true, organisation: true, contributor: { select: { id: true, name: true, slug: true } } },
  },
  series: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.PostSelect;

const bodySelect = { html: true, headings: true, seoTitle: true, seoDescription: true } satisfies Prisma.PostSelect;

export const postSelect = { ...postSummarySelect, ...bodySelect } satisfies Prisma.PostSelect;

export const pageSummarySelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  language: true,
  publishedAt: true,
  updatedAt: true,
  contentUpdatedAt: true,
} satisfies Prisma.PostSelect;

export const pageSelect = { ...pageSummarySelect, ...bodySelect } satisfies Prisma.PostSelect;

type PostSummaryRow = Prisma.PostGetPayload<{ select: typeof postSummarySelect }>;
type PostRow = Prisma.PostGetPayload<{ select: typeof postSelect }>;
type PageSummaryRow = Prisma.PostGetPayload<{ select: typeof pageSummarySelect }>;
type PageRow = Prisma.PostGetPayload<{ select: typeof pageSelect }>;
type BodyRow = Prisma.PostGetPayload<{ select: typeof bodySelect }>;

const site = () => env().SITE_URL;

export const sectionUrl = (slug: string) => absoluteUrl(site(), listingPath("section", slug));
export const tagUrl = (slug: string) => absoluteUrl(site(), listingPath("tag", slug));

const toSectionRef = ({ slug, name }: { slug: string; name: string }): ApiSectionRef => ({
  slug,
  name,
  url: sectionUrl(slug),
});

function datesOf(row: { publishedAt: Date | null; updatedAt: Date; contentUpdatedAt: Date | null }) {
  return {
    // The visibility filter requires a publication date.
    publishedAt: row.publishedAt!.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    contentUpdatedAt: row.contentUpdatedAt?.toISOString() ?? null,
  };
}

function bodyOf(row: BodyRow) {
  return {
    html: readerMediaHtml(row.html),
    headings: storedHeadingsSchema.parse(row.headings),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

export function toPostSummary(row: PostSummaryRow): ApiPostSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: articleUrl(site(), row.slug),
    type: row.type.toLowerCase() as ApiPostSummary["type"],
    title: row.title,
    standfirst: row.standfirst,
    language: row.language,
    ...datesOf(row),
    readingMinutes: row.readingMinutes,
    wordCount: row.wordCount,
    section: row.section ? toSectionRef(row.section) : null,
    otherSections: row.otherSections.map(({ section }) => toSectionRef(section)),
    tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name, url: tagUrl(tag.slug) })),
    bylines: row.bylines.map((b) => ({
      slug: b.contributor.slug,
      name: b.contributor.name,
      jobTitle: b.jobTitle,
      organisation: b.organisation,
      url: contributorUrl(site(), b.contributor.slug),
    })),
    hero: row.heroImageUrl
      ? {
          url: mediaUrl(site(), readerMediaUrl(row.heroImageUrl)),
          alt: row.heroAlt ?? "",
          caption: row.heroCaption,
          credit: row.heroCredit,
        }
      : null,
    series: row.series
      ? {
          slug: row.series.slug,
          title: row.series.title,
          position: row.seriesPosition,
          url: seriesUrl(site(), row.series.slug),
        }
      : null,
  };
}

/** Everything these posts show, for the cache tags of an answer made of them. */
export function shownBy(rows: readonly PostSummaryRow[]): ShownEntities {
  return {
    posts: rows.map((row) => row.id),
    sections: rows.flatMap((row) => [
      ...(row.section ? [row.section.id] : []),
      ...row.otherSections.map(({ section }) => section.id),
    ]),
    tags: rows.flatMap((row) => row.tags.map(({ tag }) => tag.id)),
    contributors: rows.flatMap((row) => row.bylines.map((b) => b.contributor.id)),
    series: rows.flatMap((row) => (row.series ? [row.series.id] : [])),
  };
}

export const toPost = (row: PostRow): ApiPost => ({ ...toPostSummary(row), ...bodyOf(row) });

export function toPageSummary(row: PageSummaryRow): ApiPageSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: pageUrl(site(), row.slug),
    title: row.title,
    standfirst: row.standfirst,
    language: row.language,
    ...datesOf(row),
  };
}

export const toPage = (row: PageRow): ApiPage => ({ ...toPageSummary(row), ...bodyOf(row) });

import "server-only";
import { contactFirstName } from "../../contributors/first-name";
import { db, type Prisma } from "../../db";
import { imageSources } from "../../media/dto";
import { readerMediaHtml, readerMediaUrl, readerSrcset } from "../../media/public-url";
import { getSiteSettings } from "../../settings/data/queries";
import type { ArticlePage, ContactCard, PublicHero, PublicPostSummary, SeriesBox, SeriesPart } from "../dto";
import { writerHandlesOf } from "../render-body";
import { storedHeadingsSchema } from "../schema";
import { newestFirst, summarySelect, toSummary } from "./select";
import { seriesPartsWhere, visibleParts } from "../../series/visible-parts";
import { isPubliclyVisible, publiclyVisible } from "../visibility";

// Everything the article page shows, in a handful of indexed queries.

export const RELATED_LIMIT = 4;

export async function getArticlePage(slug: string): Promise<ArticlePage | null> {
  return loadArticlePage({ slug, ...publiclyVisible() });
}

declare const previewAllowed: unique symbol;

/**
 * Leave to render a post that is not (yet) public. Only the preview module
 * makes one, after checking the viewer may read the post or the signed link
 * is genuine; the brand keeps any other caller from passing a bare id.
 */
export type PreviewGrant = { readonly postId: string; readonly [previewAllowed]: true };

/** The article page of a post whatever its status, for a preview someone was allowed to see. */
export async function getPreviewArticlePage(grant: PreviewGrant): Promise<ArticlePage | null> {
  return loadArticlePage({ id: grant.postId });
}

/** The article page for the post matching `where`; the two callers above decide what may match. */
async function loadArticlePage(where: Prisma.PostWhereInput): Promise<ArticlePage | null> {
  const row = await db.post.findFirst({
    where,
    select: {
      ...summarySelect,
      html: true,
      headings: true,
      readingMinutes: true,
      contentUpdatedAt: true,
      seoTitle: true,
      seoDescription: true,
      signOff: true,
      commentsEnabled: true,
      sectionId: true,
      otherSections: {
        orderBy: { position: "asc" },
        select: { section: { select: { id: true, slug: true, name: true } } },
      },
      seriesId: true,
      seriesPosition: true,
      publishedBy: { select: { name: true } },
      heroMedia: { select: { width: true, height: true, alt: true, caption: true, credit: true, variants: true } },
      tags: { select: { tag: { select: { id: true, slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
      bylines: {
        orderBy: { position: "asc" },
        select: {
          jobTitle: true,
          organisation: true,
          contributor: {
            select: {
              id: true,
              name: true,
              firstName: true,
              slug: true,
              email: true,
              phone: true,
              contactOptIn: true,
              socialHandle: true,
              organisationHandle: true,
            },
          },
        },
      },
    },
  });
  if (!row) return null;

  const tagIds = row.tags.map((t) => t.tag.id);
  const [series, related, settings] = await Promise.all([
    row.seriesId ? seriesBox(row.seriesId, row.seriesPosition) : null,
    relatedPosts({ id: row.id, seriesId: row.seriesId, sectionId: row.sectionId, tagIds }),
    getSiteSettings(),
  ]);

  const contacts: ContactCard[] = row.bylines
    .filter((b) => b.contributor.contactOptIn && (b.contributor.email || b.contributor.phone))
    .map(({ contributor: c }) => ({
      name: c.name,
      firstName: contactFirstName(c),
      slug: c.slug,
      email: c.email,
      phone: c.phone,
    }));

  const summary = toSummary(row);
  return {
    shows: {
      posts: [row.id, ...related.map((p) => p.id)],
      sections: [...(row.sectionId ? [row.sectionId] : []), ...row.otherSections.map((s) => s.section.id)],
      tags: tagIds,
      contributors: row.bylines.map((b) => b.contributor.id),
      series: row.seriesId ? [row.seriesId] : [],
    },
    post: {
      ...summary,
      hero: libraryHero(row) ?? summary.hero,
      html: readerMediaHtml(row.html),
      headings: storedHeadingsSchema.parse(row.headings),
      readingMinutes: row.readingMinutes,
      contentUpdatedAt: row.contentUpdatedAt,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      signOff: row.signOff,
      commentsEnabled: row.commentsEnabled,
      tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name })),
      writerHandles: writerHandlesOf(row.bylines.map((b) => b.contributor)),
      otherSections: row.otherSections.map(({ section }) => ({ slug: section.slug, name: section.name })),
      publishedBy: settings.showPublishedBy ? row.publishedBy?.name?.trim() || null : null,
    },
    contacts,
    series,
    related,
  };
}

/**
 * A hero chosen from the media library, with its responsive variants. The
 * post's own alt text, caption and credit win; the image's fill the gaps.
 */
function libraryHero(row: {
  heroAlt: string | null;
  heroCaption: string | null;
  heroCredit: string | null;
  heroMedia: { width: number; height: number; alt: string; caption: string; credit: string; variants: unknown } | null;
}): PublicHero | null {
  const media = row.heroMedia;
  if (!media) return null;
  const { url, srcset } = imageSources(media.variants);
  if (!url) return null;
  return {
    url: readerMediaUrl(url),
    alt: row.heroAlt || media.alt,
    caption: row.heroCaption || media.caption || null,
    credit: row.heroCredit || media.credit || null,
    responsive: { srcset: readerSrcset(srcset), width: media.width, height: media.height },
  };
}

async function seriesBox(seriesId: string, position: number | null): Promise<SeriesBox | null> {
  const series = await db.series.findUnique({
    where: { id: seriesId },
    select: {
      slug: true,
      title: true,
      plannedParts: true,
      posts: {
        where: seriesPartsWhere,
        orderBy: { seriesPosition: "asc" },
        select: { slug: true, title: true, seriesPosition: true, status: true, publishedAt: true },
      },
    },
  });
  if (!series || position === null) return null;
  const parts: SeriesPart[] = visibleParts(series.posts).map(({ position, slug, title }) => ({
    position,
    slug,
    title,
  }));
  const index = parts.findIndex((p) => p.position === position);
  return {
    slug: series.slug,
    title: series.title,
    position,
    plannedParts: series.plannedParts,
    parts,
    previous: parts[index - 1] ?? null,
    next: parts[index + 1] ?? null,
  };
}

/**
 * "Read more": the articles an editor chose, in their order, while readers
 * may see them; then same series, shared tags, the same section, newest first
 * in each, for the places left.
 */
async function relatedPosts(post: { id: string; seriesId: string | null; sectionId: string | null; tagIds: string[] }) {
  const pinned = await db.relatedPost.findMany({
    where: { postId: post.id, related: publiclyVisible() },
    orderBy: { position: "asc" },
    take: RELATED_LIMIT,
    select: { related: { select: summarySelect } },
  });
  const picked: PublicPostSummary[] = pinned.map((p) => toSummary(p.related));
  const seen = [post.id, ...pinned.map((p) => p.related.id)];
  const groups = [
    post.seriesId ? { seriesId: post.seriesId } : null,
    post.tagIds.length ? { tags: { some: { tagId: { in: post.tagIds } } } } : null,
    post.sectionId ? { sectionId: post.sectionId } : null,
  ];
  for (const where of groups) {
    if (!where || picked.length >= RELATED_LIMIT) continue;
    const rows = await db.post.findMany({
      where: { ...where, ...publiclyVisible(), id: { notIn: seen } },
      orderBy: newestFirst,
      take: RELATED_LIMIT - picked.length,
      select: summarySelect,
    });
    for (const r of rows) {
      seen.push(r.id);
      picked.push(toSummary(r));
    }
  }
  return picked;
}

/** The current slug of a post that used to live at `oldSlug`, if it is visible. */
export async function findRedirect(oldSlug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { oldSlug },
    select: { post: { select: { slug: true, kind: true, status: true, publishedAt: true } } },
  });
  const post = redirect?.post;
  return post && isPubliclyVisible(post) ? post.slug : null;
}

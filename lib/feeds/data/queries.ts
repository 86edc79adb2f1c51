import "server-only";
import { db, type Prisma } from "../../db";
import { newestInSection } from "../../posts/data/section-members";
import { newestFirst } from "../../posts/data/select";
import { publicContributorWhere } from "../../contributors/visibility";
import { publiclyVisible } from "../../posts/visibility";
import type { FeedChannel, FeedPost, FeedScope, FeedSubject } from "../dto";
import { readerMediaHtml, readerMediaUrl } from "../../media/public-url";

// Reads for the feeds. Plain async functions over serialisable arguments
// returning plain data, so each can be wrapped in a tagged cache as it is:
// tagsFor(channel.shows) plus cacheTags.postsList for the site-wide feed
// (or the subject's own tag, which `shows` includes, for a scoped one).

export const FEED_SIZE = 20;

const feedPostSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  language: true,
  publishedAt: true,
  contentUpdatedAt: true,
  heroImageUrl: true,
  heroAlt: true,
  section: { select: { id: true, slug: true, name: true } },
  tags: { select: { tag: { select: { id: true, slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
  bylines: { orderBy: { position: "asc" }, select: { contributor: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.PostSelect;

type FeedPostRow = Prisma.PostGetPayload<{ select: typeof feedPostSelect }> & { html?: string };

/**
 * The newest FEED_SIZE publicly visible posts of a scope, newest first. Null
 * when the section or contributor doesn't exist. `includeContent` loads the
 * article HTML; leave it off when the site publishes summaries only.
 */
export async function getFeedChannel(
  scope: FeedScope,
  options: { includeContent: boolean },
): Promise<FeedChannel | null> {
  const found = await findSubject(scope);
  if (!found) return null;
  const { subject } = found;
  const find = (where: Prisma.PostWhereInput, take: number): Promise<FeedPostRow[]> =>
    db.post.findMany({
      where: { ...where, ...publiclyVisible() },
      orderBy: newestFirst,
      take,
      select: options.includeContent ? { ...feedPostSelect, html: true } : feedPostSelect,
    });
  const rows =
    subject.kind === "section"
      ? await newestInSection(subject.id, FEED_SIZE, find)
      : await find(found.where, FEED_SIZE);
  const shows = {
    posts: rows.map((r) => r.id),
    sections: unique([
      ...(subject.kind === "section" ? [subject.id] : []),
      ...rows.flatMap((r) => r.section?.id ?? []),
    ]),
    tags: unique(rows.flatMap((r) => r.tags.map((t) => t.tag.id))),
    contributors: unique([
      ...(subject.kind === "contributor" ? [subject.id] : []),
      ...rows.flatMap((r) => r.bylines.map((b) => b.contributor.id)),
    ]),
  };
  return { subject, posts: rows.map(toFeedPost), shows };
}

const unique = (ids: string[]) => [...new Set(ids)];

async function findSubject(scope: FeedScope): Promise<{ subject: FeedSubject; where: Prisma.PostWhereInput } | null> {
  switch (scope.kind) {
    case "site":
      return { subject: { kind: "site" }, where: {} };
    case "section": {
      const s = await db.section.findUnique({
        where: { slug: scope.slug },
        select: { id: true, slug: true, name: true, description: true },
      });
      return s && { subject: { kind: "section", ...s }, where: { sectionId: s.id } };
    }
    case "contributor": {
      const c = await db.contributor.findFirst({
        where: { slug: scope.slug, ...publicContributorWhere() },
        select: { id: true, slug: true, name: true, jobTitle: true, organisation: true },
      });
      if (!c) return null;
      const description = [c.jobTitle, c.organisation].filter(Boolean).join(", ");
      return {
        subject: { kind: "contributor", id: c.id, slug: c.slug, name: c.name, description },
        where: { bylines: { some: { contributorId: c.id } } },
      };
    }
  }
}

function toFeedPost(row: FeedPostRow): FeedPost {
  // Visible posts always have a publication date (publiclyVisible() requires it).
  const publishedAt = row.publishedAt!;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    language: row.language,
    publishedAt,
    updatedAt: row.contentUpdatedAt ?? publishedAt,
    html: row.html === undefined ? null : readerMediaHtml(row.html),
    section: row.section && { slug: row.section.slug, name: row.section.name },
    tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name })),
    bylines: row.bylines.map(({ contributor: c }) => ({ slug: c.slug, name: c.name })),
    hero: row.heroImageUrl ? { url: readerMediaUrl(row.heroImageUrl), alt: row.heroAlt ?? "" } : null,
  };
}

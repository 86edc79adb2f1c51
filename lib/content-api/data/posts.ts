import "server-only";
import type { ShownEntities } from "../../cache-tags";
import { db, type Prisma } from "../../db";
import { newestInSection } from "../../posts/data/section-members";
import { publiclyVisible, publishedPage } from "../../posts/visibility";
import { decodePostCursor, encodePostCursor, type PostPosition } from "../cursor";
import type { ApiItem, ApiList, ApiPage, ApiPageSummary, ApiPost, ApiPostSummary } from "../dto";
import type { PagesQuery, PostsQuery } from "../schema";
import {
  pageSelect,
  pageSummarySelect,
  postSelect,
  postSummarySelect,
  shownBy,
  toPage,
  toPageSummary,
  toPost,
  toPostSummary,
} from "./post-select";

// Articles and standalone pages as the Content API serves them: published
// and due only, decided in each query (lib/posts/visibility.ts). Lists walk
// newest first by keyset (publishedAt, id), which the index
// Post(kind, status, publishedAt DESC, id DESC) answers in order.

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.PostOrderByWithRelationInput[];

/** Strictly after `position` in newest-first order. */
function after(position: PostPosition | null): Prisma.PostWhereInput {
  if (!position) return {};
  const { publishedAt, id } = position;
  return { OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }] };
}

function languageWhere(language: string): Prisma.PostWhereInput {
  if (language.includes("-")) return { language: { equals: language, mode: "insensitive" } };
  return {
    OR: [
      { language: { equals: language, mode: "insensitive" } },
      { language: { startsWith: `${language}-`, mode: "insensitive" } },
    ],
  };
}

function filtersOf(query: PostsQuery): Prisma.PostWhereInput[] {
  return [
    query.tag ? { tags: { some: { tag: { slug: query.tag } } } } : {},
    query.contributor ? { bylines: { some: { contributor: { slug: query.contributor } } } } : {},
    query.type ? { type: query.type.toUpperCase() as Uppercase<typeof query.type> } : {},
    query.language ? languageWhere(query.language) : {},
    query.updatedSince ? { updatedAt: { gte: new Date(query.updatedSince) } } : {},
  ];
}

function pageOf<R extends { publishedAt: Date | null; id: string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): ApiList<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    data: items.map(map),
    nextCursor: rows.length > limit && last ? encodePostCursor({ publishedAt: last.publishedAt!, id: last.id }) : null,
  };
}

/** A page of posts, and what they show (for the answer's cache tags). */
export async function listApiPosts(
  query: PostsQuery,
): Promise<{ list: ApiList<ApiPostSummary>; shows: ShownEntities }> {
  const position = query.cursor ? decodePostCursor(query.cursor) : null;
  const base = [publiclyVisible(), after(position), ...filtersOf(query)];
  const find = (where: Prisma.PostWhereInput, take: number) =>
    db.post.findMany({ where: { AND: [...base, where] }, orderBy: newestFirst, take, select: postSummarySelect });
  const take = query.limit + 1;
  let rows;
  if (query.section) {
    const section = await db.section.findUnique({ where: { slug: query.section }, select: { id: true } });
    // A section lists its own posts and those also filed in it, each read from its own index.
    rows = section ? await newestInSection(section.id, take, find) : [];
  } else {
    rows = await find({}, take);
  }
  const list = pageOf(rows, query.limit, toPostSummary);
  return { list, shows: shownBy(rows.slice(0, query.limit)) };
}

/** A post, and what it shows (for the answer's cache tags). */
export async function getApiPost(slug: string): Promise<{ item: ApiItem<ApiPost>; shows: ShownEntities } | null> {
  const row = await db.post.findFirst({ where: { AND: [publiclyVisible(), { slug }] }, select: postSelect });
  return row ? { item: { data: toPost(row) }, shows: shownBy([row]) } : null;
}

export async function listApiPages(query: PagesQuery): Promise<ApiList<ApiPageSummary>> {
  const position = query.cursor ? decodePostCursor(query.cursor) : null;
  const rows = await db.post.findMany({
    where: { AND: [publishedPage(), after(position)] },
    orderBy: newestFirst,
    take: query.limit + 1,
    select: pageSummarySelect,
  });
  return pageOf(rows, query.limit, toPageSummary);
}

export async function getApiPage(slug: string): Promise<ApiItem<ApiPage> | null> {
  const row = await db.post.findFirst({ where: { AND: [publishedPage(), { slug }] }, select: pageSelect });
  return row ? { data: toPage(row) } : null;
}

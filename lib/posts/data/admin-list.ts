import "server-only";
import { authorizeAttempt, type Viewer } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import type { AdminPostsPage } from "../dto";
import { postRowSelect, toPostRow } from "./admin-rows";
import { readablePostsWhere } from "../read-scope";
import { ADMIN_PAGE_SIZE, type PostSort, type PostsListQuery } from "../admin-list-params";

export { parsePostsListParams } from "../admin-list-params";

// Sorts end on id so pages never repeat or skip a row with an equal key; the
// updated and published orders follow the (status, updatedAt/publishedAt) indexes.
const ORDER: Record<PostSort, Prisma.PostOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  published: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

/**
 * One page of the posts this viewer may see, filtered and searched. No total
 * count (it would scan every match): one extra row says whether a next page exists.
 */
export async function listAdminPosts(viewer: Viewer | null, query: PostsListQuery): Promise<AdminPostsPage> {
  const staff = authorizeAttempt(viewer, "post:read");
  // Standalone pages have their own list (lib/pages/data/admin-list.ts).
  const filters: Prisma.PostWhereInput[] = [readablePostsWhere(staff), { kind: "ARTICLE" }];
  if (query.status) filters.push({ status: query.status });
  if (query.type) filters.push({ type: query.type });
  if (query.section) filters.push({ sectionId: query.section });
  if (query.contributor) filters.push({ bylines: { some: { contributorId: query.contributor } } });
  // ILIKE '%…%', which the trigram index on title serves. Prisma passes LIKE
  // wildcards through, so a typed % or _ is escaped to mean itself.
  if (query.q) filters.push({ title: { contains: query.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } });
  const rows = await db.post.findMany({
    where: { AND: filters },
    orderBy: ORDER[query.sort],
    skip: (query.page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE + 1,
    select: postRowSelect,
  });
  return {
    items: rows.slice(0, ADMIN_PAGE_SIZE).map(toPostRow),
    page: query.page,
    hasNext: rows.length > ADMIN_PAGE_SIZE,
  };
}

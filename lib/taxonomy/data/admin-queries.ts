import "server-only";
import { type Viewer, authorize } from "../../auth/permissions";
import { db } from "../../db";
import type { AdminPage, AdminSection, AdminTag } from "../dto";
import type { TagListInput } from "../schema";

// Reads for the management pages: every section (a site has tens), tags
// searched and paged (a site can have thousands).

const TAGS_PER_PAGE = 50;

export async function listSectionsForAdmin(viewer: Viewer): Promise<AdminSection[]> {
  authorize(viewer, "taxonomy:manage");
  const rows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      _count: { select: { posts: true } },
    },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, postCount: _count.posts }));
}

export async function listTagsForAdmin(viewer: Viewer, { q, page }: TagListInput): Promise<AdminPage<AdminTag>> {
  authorize(viewer, "taxonomy:manage");
  const rows = await db.tag.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }] } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * TAGS_PER_PAGE,
    take: TAGS_PER_PAGE + 1,
    select: { id: true, slug: true, name: true, _count: { select: { posts: true } } },
  });
  return {
    items: rows.slice(0, TAGS_PER_PAGE).map(({ _count, ...t }) => ({ ...t, postCount: _count.posts })),
    page,
    hasNext: rows.length > TAGS_PER_PAGE,
  };
}

import "server-only";
import { authorizeAttempt, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { readablePostsWhere } from "../../posts/read-scope";
import type { AdminPageRow } from "../dto";

const MAX_PAGES = 500;

/** The standalone pages this viewer may see, by title. A site has few; no paging. */
export async function listAdminPages(viewer: Viewer | null): Promise<AdminPageRow[]> {
  const staff = authorizeAttempt(viewer, "post:read");
  const rows = await db.post.findMany({
    where: { AND: [readablePostsWhere(staff), { kind: "PAGE" }] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: MAX_PAGES,
    select: { id: true, title: true, slug: true, status: true, updatedAt: true },
  });
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

import "server-only";
import { type Viewer, authorize } from "../../auth/permissions";
import { db } from "../../db";
import type { AdminSeries } from "../dto";

/** Every series for the management page: a site has tens. */
export async function listSeriesForAdmin(viewer: Viewer): Promise<AdminSeries[]> {
  authorize(viewer, "taxonomy:manage");
  const rows = await db.series.findMany({
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      language: true,
      plannedParts: true,
      _count: { select: { posts: true } },
    },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, postCount: _count.posts }));
}

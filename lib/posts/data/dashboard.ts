import "server-only";
import { authorizeAttempt, mayAttempt, type Viewer } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import type { Dashboard } from "../dto";
import { postRowSelect, toPostRow } from "./admin-rows";
import { ownedPostsWhere } from "../ownership";
import { readablePostsWhere } from "../read-scope";

export const DASHBOARD_LIST_SIZE = 8;

/** What the admin home shows this viewer: their drafts, the review queue, the schedule, the newest pieces, comments waiting. */
export async function getDashboard(viewer: Viewer | null): Promise<Dashboard> {
  const staff = authorizeAttempt(viewer, "admin:access");
  const [posts, pendingComments] = await Promise.all([
    mayAttempt(staff, "post:read") ? dashboardPosts(staff) : null,
    mayAttempt(staff, "comment:moderate") ? db.comment.count({ where: { status: "PENDING" } }) : null,
  ]);
  return { posts, pendingComments };
}

async function dashboardPosts(viewer: Viewer): Promise<NonNullable<Dashboard["posts"]>> {
  const scope = readablePostsWhere(viewer);
  const list = (where: Prisma.PostWhereInput, orderBy: Prisma.PostOrderByWithRelationInput[]) =>
    db.post
      .findMany({ where, orderBy, take: DASHBOARD_LIST_SIZE, select: postRowSelect })
      .then((rows) => rows.map(toPostRow));
  const [myDrafts, inReview, scheduled, recentlyPublished] = await Promise.all([
    // "My drafts" means mine even for editors, who may see everyone's.
    list({ AND: [ownedPostsWhere(viewer), { status: "DRAFT" }] }, [{ updatedAt: "desc" }, { id: "desc" }]),
    list({ AND: [scope, { status: "IN_REVIEW" }] }, [{ updatedAt: "asc" }, { id: "asc" }]),
    list({ AND: [scope, { status: "SCHEDULED" }] }, [{ scheduledAt: "asc" }, { id: "asc" }]),
    list({ AND: [scope, { status: "PUBLISHED" }] }, [{ publishedAt: "desc" }, { id: "desc" }]),
  ]);
  return { myDrafts, inReview, scheduled, recentlyPublished };
}

import "server-only";
import { type Viewer, authorizeAttempt, can, mayAttempt } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import { NotFound } from "../../errors";
import { ownedContributorsWhere } from "../ownership";
import type { AdminPage } from "../../taxonomy/dto";
import type { AdminContributorSummary, EditableContributor } from "../dto";
import { editableSelect, toEditable } from "./mutations";
import type { ContributorListInput } from "../schema";

// Reads for /admin/contributors. Editors see everyone; a writer sees only
// the profile linked to their own account.

const CONTRIBUTORS_PER_PAGE = 50;

export async function listContributorsForAdmin(
  viewer: Viewer,
  { q, page }: ContributorListInput,
): Promise<AdminPage<AdminContributorSummary>> {
  authorizeAttempt(viewer, "contributor:update");
  const scope: Prisma.ContributorWhereInput = mayAttempt(viewer, "contributor:manage")
    ? {}
    : ownedContributorsWhere(viewer);
  const search: Prisma.ContributorWhereInput = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { organisation: { contains: q, mode: "insensitive" } },
          { slug: { contains: q.toLowerCase() } },
        ],
      }
    : {};
  const rows = await db.contributor.findMany({
    where: { AND: [scope, search] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * CONTRIBUTORS_PER_PAGE,
    take: CONTRIBUTORS_PER_PAGE + 1,
    select: {
      id: true,
      slug: true,
      name: true,
      jobTitle: true,
      organisation: true,
      userId: true,
      _count: { select: { bylines: true } },
    },
  });
  return {
    items: rows
      .slice(0, CONTRIBUTORS_PER_PAGE)
      .map(({ _count, userId, ...c }) => ({ ...c, isGuest: userId === null, bylineCount: _count.bylines })),
    page,
    hasNext: rows.length > CONTRIBUTORS_PER_PAGE,
  };
}

/** The profile for its edit form; NotFound also for a profile the viewer may not edit, so ids reveal nothing. */
export async function getContributorForEdit(viewer: Viewer, id: string): Promise<EditableContributor> {
  authorizeAttempt(viewer, "contributor:update");
  const row = await db.contributor.findUnique({ where: { id }, select: editableSelect });
  if (!row || !can(viewer, "contributor:update", { id: row.id, userId: row.userId }))
    throw new NotFound("No such contributor.");
  return toEditable(row);
}

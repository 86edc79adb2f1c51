import type { Viewer } from "../auth/permissions";
import type { Prisma } from "../db";

/**
 * The posts a viewer's lists may show: every post for editors and admins,
 * otherwise the ones they created or are credited on (the same ownership
 * rule as `post:read` in the permission matrix). Callers authorize
 * `post:read` first; this only narrows.
 */
export function visiblePostsWhere(viewer: Viewer): Prisma.PostWhereInput {
  if (viewer.role === "ADMIN" || viewer.role === "EDITOR") return {};
  const own: Prisma.PostWhereInput[] = [{ createdById: viewer.id }];
  if (viewer.contributorId) own.push({ bylines: { some: { contributorId: viewer.contributorId } } });
  return { OR: own };
}

import { mayActOnAny, mayAttempt, type Viewer } from "../auth/permissions";
import type { Prisma } from "../db";
import { ownedPostsWhere } from "./ownership";

/**
 * The posts `can(viewer, "post:read", post)` allows, as a Prisma filter: all
 * of them for the roles the matrix lets read any post, their own for the
 * other roles that may read, none for the rest.
 */
export function readablePostsWhere(viewer: Viewer | null): Prisma.PostWhereInput {
  if (!viewer || !mayAttempt(viewer, "post:read")) return { id: { in: [] } };
  return mayActOnAny(viewer, "post:read") ? {} : ownedPostsWhere(viewer);
}

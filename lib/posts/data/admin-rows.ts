import "server-only";
import type { Prisma } from "../../db";
import type { AdminPostRow } from "../dto";

export const postRowSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  type: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  publishedBy: { select: { name: true, email: true } },
  section: { select: { name: true } },
  bylines: { orderBy: { position: "asc" }, select: { contributor: { select: { name: true } } } },
} satisfies Prisma.PostSelect;

/** How the admin names a member of staff: their name, or their email when they have none. */
export const staffNameOf = (user: { name: string | null; email: string } | null): string | null =>
  user ? user.name?.trim() || user.email : null;

type PostRowRecord = Prisma.PostGetPayload<{ select: typeof postRowSelect }>;

export function toPostRow(post: PostRowRecord): AdminPostRow {
  return {
    id: post.id,
    title: post.title,
    slug: post.slug,
    status: post.status,
    type: post.type,
    sectionName: post.section?.name ?? null,
    bylineNames: post.bylines.map((b) => b.contributor.name),
    updatedAt: post.updatedAt.toISOString(),
    publishedAt: post.publishedAt?.toISOString() ?? null,
    publishedByName: staffNameOf(post.publishedBy),
    scheduledAt: post.scheduledAt?.toISOString() ?? null,
  };
}

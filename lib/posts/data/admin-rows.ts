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
  section: { select: { name: true } },
  bylines: { orderBy: { position: "asc" }, select: { contributor: { select: { name: true } } } },
} satisfies Prisma.PostSelect;

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
    scheduledAt: post.scheduledAt?.toISOString() ?? null,
  };
}

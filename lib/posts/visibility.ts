import type { Prisma } from "../db";

// The one definition of "a reader may see this post": published, and its
// time has come. As a query filter, and as a check on a loaded row.

export function publiclyVisible(now: Date = new Date()): Prisma.PostWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

export function isPubliclyVisible(post: { status: string; publishedAt: Date | null }, now: Date = new Date()): boolean {
  return post.status === "PUBLISHED" && post.publishedAt !== null && post.publishedAt <= now;
}

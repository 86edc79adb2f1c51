import type { Prisma } from "../db";

// The one definition of "a reader may see this article": an article (not a
// standalone page, which only its own address and menus show), published,
// and its time has come. As a query filter, and as a check on a loaded row.

export function publiclyVisible(now: Date = new Date()): Prisma.PostWhereInput {
  return { kind: "ARTICLE", status: "PUBLISHED", publishedAt: { lte: now } };
}

export function isPubliclyVisible(
  post: { kind: string; status: string; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return post.kind === "ARTICLE" && isPublished(post, now);
}

/** A standalone page a reader may see at its own address. */
export function publishedPage(now: Date = new Date()): Prisma.PostWhereInput {
  return { kind: "PAGE", status: "PUBLISHED", publishedAt: { lte: now } };
}

export function isPublishedPage(
  post: { kind: string; status: string; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return post.kind === "PAGE" && isPublished(post, now);
}

/** Published and due, whatever the kind: for rows a query already limited to one kind. */
export function isPublished(post: { status: string; publishedAt: Date | null }, now: Date = new Date()): boolean {
  return post.status === "PUBLISHED" && post.publishedAt !== null && post.publishedAt <= now;
}

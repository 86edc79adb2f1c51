import type { Prisma } from "../db";

/** The one definition of "a reader may see this post": published, and its time has come. */
export function publiclyVisible(now: Date = new Date()): Prisma.PostWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

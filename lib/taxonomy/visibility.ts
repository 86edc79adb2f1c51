import type { Prisma } from "../db";
import { publiclyVisible } from "../posts/visibility";

/**
 * Tags a reader may see: any an editor made, and one a writer typed into a
 * draft once a post carrying it is public (until then its name may give the
 * draft away).
 */
export function publicTagWhere(now: Date = new Date()): Prisma.TagWhereInput {
  return { OR: [{ createdInDraft: false }, { posts: { some: { post: publiclyVisible(now) } } }] };
}

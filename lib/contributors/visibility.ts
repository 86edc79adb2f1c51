import type { Prisma } from "../db";
import { publiclyVisible } from "../posts/visibility";

/**
 * Contributors a reader may see: any an editor added, and one a writer added
 * from a draft's byline once a post they sign is public.
 */
export function publicContributorWhere(now: Date = new Date()): Prisma.ContributorWhereInput {
  return { OR: [{ createdInDraft: false }, { bylines: { some: { post: publiclyVisible(now) } } }] };
}

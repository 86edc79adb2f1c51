import type { Prisma } from "../db";

// "Their post": they created it or are credited on its byline. Written once,
// as a predicate on a loaded post (the permission matrix asks it) and as the
// matching Prisma filter (lists and counts use it); an integration test keeps
// the two in agreement. No import from lib/auth: the matrix imports this.

/** Who is asking, as far as ownership cares (a Viewer fits). */
export interface PostOwnerCandidate {
  id: string;
  /** The contributor profile linked to the account, if any. */
  contributorId: string | null;
}

/** A post as far as ownership cares. */
export interface OwnedPostFacts {
  createdById: string | null;
  /** Contributor ids on its byline. */
  contributorIds?: readonly string[];
}

export function ownsPost(viewer: PostOwnerCandidate, post: OwnedPostFacts): boolean {
  return (
    post.createdById === viewer.id ||
    (viewer.contributorId !== null && (post.contributorIds ?? []).includes(viewer.contributorId))
  );
}

export function ownedPostsWhere(viewer: PostOwnerCandidate): Prisma.PostWhereInput {
  const own: Prisma.PostWhereInput[] = [{ createdById: viewer.id }];
  if (viewer.contributorId !== null) own.push({ bylines: { some: { contributorId: viewer.contributorId } } });
  return { OR: own };
}

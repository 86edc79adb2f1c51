import type { Prisma } from "../db";

// "Their profile": the contributor profile linked to the account. Written
// once, as a predicate on a loaded profile (the permission matrix asks it)
// and as the matching Prisma filter (the admin list uses it). No import from
// lib/auth: the matrix imports this.

export function ownsContributor(viewer: { id: string }, contributor: { userId: string | null }): boolean {
  return contributor.userId === viewer.id;
}

export function ownedContributorsWhere(viewer: { id: string }): Prisma.ContributorWhereInput {
  return { userId: viewer.id };
}

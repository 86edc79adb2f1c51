import "server-only";
import type { Prisma } from "../../db";

// A section lists its own posts (Post.sectionId) and those also filed in it
// (PostSection). One query with OR over both would give up the index on
// (sectionId, status, publishedAt); instead each kind is read newest first
// from its own index, as many as the page needs, and the two are merged.

type Dated = { id: string; publishedAt: Date | null };

/** The first `limit` posts of the section, newest first; `find` runs one query for a where clause. */
export async function newestInSection<T extends Dated>(
  sectionId: string,
  limit: number,
  find: (where: Prisma.PostWhereInput, take: number) => Promise<T[]>,
): Promise<T[]> {
  const [own, filed] = await Promise.all([
    find({ sectionId }, limit),
    find({ otherSections: { some: { sectionId } } }, limit),
  ]);
  const byId = new Map([...own, ...filed].map((row) => [row.id, row]));
  return [...byId.values()].sort(newestFirst).slice(0, limit);
}

/** The order of select.ts's newestFirst: publication date, then id, both descending. */
function newestFirst(a: Dated, b: Dated): number {
  const byDate = (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0);
  return byDate !== 0 ? byDate : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

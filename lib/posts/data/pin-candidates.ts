import "server-only";
import { authorizeAttempt, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import type { EditableRelated } from "../dto";
import { publiclyVisible } from "../visibility";
import { newestFirst } from "./select";

// The articles a writer may choose for a post's "Read more": published ones
// whose title holds what they typed. ILIKE '%…%' is served by the trigram
// index on title; LIKE's wildcards in the query are taken literally.

export const PIN_CANDIDATES_LIMIT = 8;

export async function findArticlesToPin(
  viewer: Viewer,
  input: { query: string; postId: string },
): Promise<EditableRelated[]> {
  authorizeAttempt(viewer, "post:create");
  const rows = await db.post.findMany({
    where: {
      ...publiclyVisible(),
      id: { not: input.postId },
      title: { contains: input.query.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" },
    },
    orderBy: newestFirst,
    take: PIN_CANDIDATES_LIMIT,
    select: { id: true, title: true, status: true },
  });
  return rows.map((r) => ({ postId: r.id, title: r.title, status: r.status }));
}

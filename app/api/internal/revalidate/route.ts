import { z } from "zod";
import { isInternalCaller } from "@/lib/auth/internal";
import { invalidateTags } from "@/lib/cache-invalidation";
import { tagsTouchedByPost } from "@/lib/posts/data/touched-tags";

// Lets writers outside this process (the scheduler worker, scripts, tests)
// expire the cached pages a change touched: tag invalidation lives in the
// server process. Callers name the posts they changed, or raw tags.

const bodySchema = z
  .object({
    postIds: z.array(z.string().min(1).max(64)).max(1000).default([]),
    tags: z.array(z.string().min(1).max(256)).max(1000).default([]),
  })
  .refine((b) => b.postIds.length + b.tags.length > 0, "name at least one post id or tag");

export async function POST(request: Request) {
  if (!isInternalCaller(request)) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: "Expected { postIds?: string[], tags?: string[] }" }, { status: 422 });
  const tags = [...parsed.data.tags, ...(await Promise.all(parsed.data.postIds.map(tagsTouchedByPost))).flat()];
  invalidateTags(tags);
  return Response.json({ revalidated: [...new Set(tags)].length });
}

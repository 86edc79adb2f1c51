import { z } from "zod";
import { getApprovedThreadCached } from "@/lib/comments/cached";
import { errorResponse } from "@/lib/http/error-response";

// Further pages of an article's approved comments ("Show more").

const querySchema = z.object({
  postId: z.string().min(1).max(64),
  page: z.coerce.number().int().min(2).max(10_000),
});

export async function GET(request: Request) {
  try {
    const { postId, page } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(await getApprovedThreadCached(postId, page));
  } catch (error) {
    return errorResponse(error);
  }
}

import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { getReaderCommentState } from "@/lib/comments/reader/data/queries";
import { errorResponse } from "@/lib/http/error-response";

// The signed-in half of an article's comments section, for its client island.

const querySchema = z.object({ postId: z.string().min(1).max(64) });

export async function GET(request: Request) {
  try {
    const { postId } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const state = await getReaderCommentState(await getViewer(), postId);
    return Response.json(state, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

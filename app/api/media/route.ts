import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/error-response";
import { requireSameOrigin } from "@/lib/http/same-origin";
import { uploadFromRequest } from "@/lib/media/upload-request";

/** Multipart image upload: 201 with the MediaDTO, or a 4xx `{ error }` that says what was wrong. */
export async function POST(request: Request) {
  try {
    // Where the request comes from is settled before a byte of the body is read; who is asking, by uploadFromRequest.
    requireSameOrigin(request, env().SITE_URL);
    return Response.json(await uploadFromRequest(await getViewer(), request), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

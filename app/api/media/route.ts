import { authorize } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/error-response";
import { requireSameOrigin } from "@/lib/http/same-origin";
import { uploadMedia } from "@/lib/media/data/mutations";
import { parseUploadRequest } from "@/lib/media/upload-request";
import { getSiteSettings } from "@/lib/settings/data/queries";

/** Multipart image upload: 201 with the MediaDTO, or a 4xx `{ error }` that says what was wrong. */
export async function POST(request: Request) {
  try {
    // Where the request comes from and who is asking are settled before a byte of the body is read.
    requireSameOrigin(request, env().SITE_URL);
    const viewer = authorize(await getViewer(), "media:upload");
    const { maxUploadMegabytes } = await getSiteSettings();
    const { file, details } = await parseUploadRequest(request, maxUploadMegabytes);
    return Response.json(await uploadMedia(viewer, file, details), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

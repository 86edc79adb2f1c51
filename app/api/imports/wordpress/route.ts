import { authorize } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/error-response";
import { requireSameOrigin } from "@/lib/http/same-origin";
import { uploadExport } from "@/lib/imports/jobs/jobs";

/** The export file as the request body (not a form: it may be hundreds of MB): 201 with the job that checks it. */
export async function POST(request: Request) {
  try {
    requireSameOrigin(request, env().SITE_URL);
    const viewer = authorize(await getViewer(), "site:import");
    const jobId = await uploadExport(viewer, request.body, Number(request.headers.get("content-length")));
    return Response.json({ jobId }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

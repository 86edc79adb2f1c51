import { authorize } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/error-response";
import { requireSameOrigin } from "@/lib/http/same-origin";
import { uploadExport } from "@/lib/imports/jobs/jobs";

/**
 * A Blogger export as the request body: 201 with the job that checks it.
 * The job is then watched and confirmed as a WordPress one is (/api/imports/wordpress/<job>).
 */
export async function POST(request: Request) {
  try {
    requireSameOrigin(request, env().SITE_URL);
    const viewer = authorize(await getViewer(), "site:import");
    const jobId = await uploadExport(viewer, request.body, Number(request.headers.get("content-length")), "blogger");
    return Response.json({ jobId }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

import { authorize } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { errorResponse } from "@/lib/http/error-response";
import { getJobStatus, jobIdSchema } from "@/lib/imports/jobs/jobs";

/** What an import started from the admin page is doing, for the page to poll. */
export async function GET(_request: Request, { params }: { params: Promise<{ job: string }> }) {
  try {
    const viewer = authorize(await getViewer(), "site:import");
    const id = jobIdSchema.parse((await params).job);
    return Response.json({ status: await getJobStatus(viewer, id) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

import { authorize } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { exportSite } from "@/lib/export/data/export";
import { exportTextFiles } from "@/lib/export/files";
import { exportMediaOf, exportZip, zipResponseBody } from "@/lib/export/zip";
import { errorResponse } from "@/lib/http/error-response";
import { requireSameOrigin } from "@/lib/http/same-origin";
import { mediaStorage } from "@/lib/media/storage";

/** The site export as a zip download (administrators; audited). POST, from the settings page's form. */
export async function POST(request: Request) {
  try {
    requireSameOrigin(request, env().SITE_URL);
    const viewer = authorize(await getViewer(), "site:export");
    const site = await exportSite(viewer);
    const media = await exportMediaOf(mediaStorage());
    const day = site.createdAt.slice(0, 10);
    return new Response(zipResponseBody(exportZip(exportTextFiles(site), media)), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="masthead-export-${day}.zip"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

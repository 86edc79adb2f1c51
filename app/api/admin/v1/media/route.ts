import { uploadMedia } from "@/lib/admin-api/endpoints";
import { serveAdminApi } from "@/lib/admin-api/serve";

/** Multipart: `file`, and optionally `alt`, `caption`, `credit`. */
export async function POST(request: Request) {
  return serveAdminApi(request, (viewer) => uploadMedia(viewer, request));
}

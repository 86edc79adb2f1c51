import { publish } from "@/lib/admin-api/endpoints";
import { postIdParamsSchema } from "@/lib/admin-api/requests";
import { jsonBody, serveAdminApi } from "@/lib/admin-api/serve";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  return serveAdminApi(request, async (viewer) =>
    publish(viewer, postIdParamsSchema.parse(await params).id, await jsonBody(request)),
  );
}

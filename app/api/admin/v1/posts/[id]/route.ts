import { connection } from "next/server";
import { getPost, updatePost } from "@/lib/admin-api/endpoints";
import { postIdParamsSchema } from "@/lib/admin-api/requests";
import { jsonBody, serveAdminApi } from "@/lib/admin-api/serve";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  await connection();
  return serveAdminApi(request, async (viewer) => getPost(viewer, postIdParamsSchema.parse(await params).id));
}

export async function PATCH(request: Request, { params }: Context) {
  return serveAdminApi(request, async (viewer) =>
    updatePost(viewer, postIdParamsSchema.parse(await params).id, await jsonBody(request)),
  );
}

import { connection } from "next/server";
import { createPost, listPosts } from "@/lib/admin-api/endpoints";
import { jsonBody, serveAdminApi } from "@/lib/admin-api/serve";

export async function GET(request: Request) {
  await connection();
  return serveAdminApi(request, (viewer) => listPosts(viewer, new URL(request.url)));
}

export async function POST(request: Request) {
  return serveAdminApi(request, async (viewer) => createPost(viewer, await jsonBody(request)));
}

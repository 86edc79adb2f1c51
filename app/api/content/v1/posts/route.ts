import { connection } from "next/server";
import { listApiPosts } from "@/lib/content-api/data/posts";
import { postsQuerySchema } from "@/lib/content-api/schema";
import { preflight, serveContentApi } from "@/lib/content-api/serve";

export async function GET(request: Request) {
  await connection();
  return serveContentApi(request, (query) => listApiPosts(postsQuerySchema.parse(query)));
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

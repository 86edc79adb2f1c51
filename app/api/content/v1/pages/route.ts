import { connection } from "next/server";
import { listApiPages } from "@/lib/content-api/data/posts";
import { pagesQuerySchema } from "@/lib/content-api/schema";
import { preflight, serveContentApi } from "@/lib/content-api/serve";

export async function GET(request: Request) {
  await connection();
  return serveContentApi(request, (query) => listApiPages(pagesQuerySchema.parse(query)));
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

import { connection } from "next/server";
import { getApiPage } from "@/lib/content-api/data/posts";
import { slugParamsSchema } from "@/lib/content-api/schema";
import { found, preflight, serveContentApi } from "@/lib/content-api/serve";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  await connection();
  return serveContentApi(request, async () => found(await getApiPage(slugParamsSchema.parse(await params).slug), "page"));
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

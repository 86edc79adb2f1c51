import { connection } from "next/server";
import { getApiPostCached } from "@/lib/content-api/cached";
import { slugParamsSchema } from "@/lib/content-api/schema";
import { found, preflight, serveContentApi } from "@/lib/content-api/serve";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  await connection();
  return serveContentApi(request, async () => found(await getApiPostCached(slugParamsSchema.parse(await params).slug), "article"));
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

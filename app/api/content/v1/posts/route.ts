import { connection } from "next/server";
import { listApiPostsCached } from "@/lib/content-api/cached";
import { decodePostCursor } from "@/lib/content-api/cursor";
import { postsQuerySchema } from "@/lib/content-api/schema";
import { preflight, serveContentApi } from "@/lib/content-api/serve";

export async function GET(request: Request) {
  await connection();
  return serveContentApi(request, (raw) => {
    const query = postsQuerySchema.parse(raw);
    if (query.cursor) decodePostCursor(query.cursor);
    return listApiPostsCached(query);
  });
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

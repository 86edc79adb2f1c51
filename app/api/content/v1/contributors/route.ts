import { connection } from "next/server";
import { listApiContributors } from "@/lib/content-api/data/taxonomy";
import { listQuerySchema } from "@/lib/content-api/schema";
import { preflight, serveContentApi } from "@/lib/content-api/serve";

export async function GET(request: Request) {
  await connection();
  return serveContentApi(request, (query) => listApiContributors(listQuerySchema.parse(query)));
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

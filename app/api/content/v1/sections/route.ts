import { connection } from "next/server";
import { listApiSections } from "@/lib/content-api/data/taxonomy";
import { preflight, serveContentApi } from "@/lib/content-api/serve";

export async function GET(request: Request) {
  await connection();
  return serveContentApi(request, () => listApiSections());
}

export async function OPTIONS(request: Request) {
  return preflight(request);
}

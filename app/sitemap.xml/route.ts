import { connection } from "next/server";
import { serveSitemap } from "@/lib/sitemap/response";

// A route handler rather than app/sitemap.ts: see lib/sitemap/serve.ts for why.
export async function GET() {
  await connection();
  return serveSitemap();
}

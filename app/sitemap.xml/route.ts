import { connection } from "next/server";
import { serveSitemap } from "@/lib/sitemap/serve";

// A route handler rather than app/sitemap.ts: see lib/sitemap/render.ts for why.
export async function GET() {
  await connection();
  return serveSitemap();
}

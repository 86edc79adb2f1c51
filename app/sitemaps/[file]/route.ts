import { connection } from "next/server";
import { serveSitemap } from "@/lib/sitemap/serve";

type Context = { params: Promise<{ file: string }> };

/** /sitemaps/posts-2.xml and friends, listed by the index at /sitemap.xml. */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  return serveSitemap((await params).file);
}

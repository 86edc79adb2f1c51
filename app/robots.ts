import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/urls";

// Rendered per request so the sitemap address follows the SITE_URL the server
// runs with, not the one the build happened to see.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api", "/healthz", "/readyz", "/metrics"] },
    sitemap: absoluteUrl(env().SITE_URL, "/sitemap.xml"),
  };
}

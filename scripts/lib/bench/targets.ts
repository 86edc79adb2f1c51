import { readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../../lib/db";
import type { BenchPage } from "./args";
import { benchApiKey } from "./content-api-key";
import { searchMix } from "./search-mix";
import { SCALE_SLUG_PREFIX } from "../content/scale/plan";
import { BenchProblem } from "./errors";
import type { Target } from "./load";
import { STATIC_PAGE } from "./table";

// The URLs the bench loads: the pages readers hit most, plus a static file
// served by the same server as the ceiling they are compared with.

export async function pickTargets(db: Db, pages: readonly BenchPage[], publicDir = "public"): Promise<Target[]> {
  const visible = { kind: "ARTICLE" as const, status: "PUBLISHED" as const, publishedAt: { lte: new Date() } };
  // A demo article (real Markdown, figures, bylines) rather than a generated one.
  const article =
    (await db.post.findFirst({
      where: { ...visible, NOT: { slug: { startsWith: SCALE_SLUG_PREFIX } } },
      orderBy: { publishedAt: "desc" },
      select: { slug: true },
    })) ?? (await db.post.findFirst({ where: visible, orderBy: { publishedAt: "desc" }, select: { slug: true } }));
  const section = await db.section.findFirst({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true },
  });
  const images = readdirSync(path.join(publicDir, "images/posts"))
    .filter((name) => name.endsWith(".svg"))
    .sort();
  if (!article || !section || !images.length) {
    throw new BenchProblem(
      "The bench database has no published article or section, or public/images/posts has no SVG.",
    );
  }
  const apiPages: readonly BenchPage[] = ["api-list", "api-post"];
  // In a header, so the key never appears in the report's paths.
  const apiHeaders = pages.some((page) => apiPages.includes(page))
    ? { Authorization: `Bearer ${await benchApiKey(db)}` }
    : undefined;
  const mix = searchMix(section.slug);
  const paths: Record<BenchPage, string> = {
    // The smallest prerendered page (11 KB, no data): what Next itself costs per request, whatever the page.
    small: "/forgot-password",
    home: "/",
    article: `/articles/${article.slug}`,
    section: `/sections/${section.slug}`,
    // A mix of queries (./search-mix.ts), named in the report by its first.
    search: `${mix[0]} (+ ${mix.length - 1} more)`,
    feed: "/feed.xml",
    "api-list": "/api/content/v1/posts",
    "api-post": `/api/content/v1/posts/${article.slug}`,
  };
  return [
    { page: STATIC_PAGE, path: `/images/posts/${images[0]}` },
    ...pages.map((page) => ({
      page,
      path: paths[page],
      ...(page === "search" ? { mix } : {}),
      ...(apiPages.includes(page) && apiHeaders ? { headers: apiHeaders } : {}),
    })),
  ];
}

import { loadContent } from "../../scripts/lib/content/load";
import { slugify } from "../../lib/text/slug";

// Every kind of public page, with every published article and standalone
// page of the demo content, read from content/ itself so a new demo piece is checked without
// editing a list. axe runs on each in English (accessibility.spec.ts) and on a
// Dutch site (dutch-site.spec.ts).

export interface PublicPage {
  path: string;
  /** What the page answers: 404 for the not-found page. */
  status: number;
}

const content = loadContent();
const published = content.posts.filter((p) => p.status === "PUBLISHED");
const firstWithSeries = published.find((p) => p.series);
const tag = published.flatMap((p) => p.tags)[0];

export const PUBLIC_PAGE_TYPES: PublicPage[] = [
  "/",
  `/sections/${published.find((p) => p.section)?.section}`,
  `/tags/${slugify(tag ?? "")}`,
  `/contributors/${published[0]?.bylines[0]}`,
  `/series/${firstWithSeries?.series?.slug}`,
  "/search?q=damp",
  "/search?q=zzzqqq",
  "/search?q=Lviing",
  "/search?q=living+or+rivr",
  "/search",
  "/signin",
  "/login",
  "/forgot-password",
  "/reset-password?token=not-a-real-token",
  "/accept-invitation?token=not-a-real-token",
].map((path) => ({ path, status: 200 }));

export const NOT_FOUND_PAGE: PublicPage = { path: "/articles/no-such-article", status: 404 };

export const DEMO_ARTICLES: PublicPage[] = published.map((p) => ({ path: `/articles/${p.slug}`, status: 200 }));

/** The standalone pages of the demo content (/about, /privacy, /accessibility). */
export const DEMO_PAGES: PublicPage[] = content.pages.map((p) => ({ path: `/${p.slug}`, status: 200 }));

export const EVERY_PUBLIC_PAGE: PublicPage[] = [...PUBLIC_PAGE_TYPES, NOT_FOUND_PAGE, ...DEMO_ARTICLES, ...DEMO_PAGES];

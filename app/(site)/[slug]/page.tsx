import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PageView } from "@/components/page/page-view";
import { JsonLd } from "@/components/seo/json-ld";
import { env } from "@/lib/env";
import { findPageRedirectCached, getPublicPageCached } from "@/lib/pages/cached";
import { listPublishedPages } from "@/lib/pages/data/public-page";
import { pagePath } from "@/lib/urls";
import { pageJsonLd, pageMetadata } from "@/lib/seo/page";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { slugParams } from "../_views/static-params";

// Standalone pages at the top level (/about). Every route of the site's own
// is a static segment, which Next prefers, and page slugs may not take one
// (lib/pages/reserved-slugs.ts). Unknown slugs must answer a real 404, so the
// first visit renders in full (blocking) before it is cached.
export const instant = false;

export async function generateStaticParams() {
  return slugParams((await listPublishedPages()).map((p) => p.slug));
}

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const page = await getPublicPageCached(slug);
  if (page) return page;
  const current = await findPageRedirectCached(slug);
  if (current) permanentRedirect(pagePath(current));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [page, settings] = await Promise.all([load((await params).slug), getSiteSettingsCached()]);
  return pageMetadata(page, settings, env().SITE_URL);
}

export default async function StandalonePage({ params }: Props) {
  const page = await load((await params).slug);
  const settings = await getSiteSettingsCached();
  return (
    <PageView page={page}>
      <JsonLd data={pageJsonLd(page, settings, env().SITE_URL)} />
    </PageView>
  );
}

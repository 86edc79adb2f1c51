import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PageView } from "@/components/page/page-view";
import { JsonLd } from "@/components/seo/json-ld";
import { env } from "@/lib/env";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import { metadataInInterface, pageInterface, type LangParams } from "../_views/site-interface";
import { findLegacyAddressCached } from "@/lib/imports/cached";
import { findPageRedirectCached, getPublicPageCached } from "@/lib/pages/cached";
import { listPublishedPages } from "@/lib/pages/data/public-page";
import { pagePath } from "@/lib/urls";
import { pageJsonLd, pageMetadata } from "@/lib/seo/page";
import { slugParams } from "../_views/static-params";

// Standalone pages at the top level (/about). Every route of the site's own
// is a static segment, which Next prefers, and page slugs may not take one
// (lib/pages/reserved-slugs.ts). Unknown slugs must answer a real 404, so the
// first visit renders in full (blocking) before it is cached.
export const instant = false;

export async function generateStaticParams() {
  return slugParams((await listPublishedPages()).map((p) => p.slug));
}

type Props = { params: Promise<LangParams & { slug: string }> };

async function load(slug: string, ui: SiteInterface) {
  const page = await getPublicPageCached(slug);
  if (page) return page;
  const current = await findPageRedirectCached(slug);
  if (current) permanentRedirect(inInterface(ui, pagePath(current)));
  // An imported WordPress post or page whose old address was /<slug>/.
  const imported = await findLegacyAddressCached({ kind: "slug", slug });
  if (imported) permanentRedirect(inInterface(ui, imported));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return metadataInInterface(params, async (settings, ui) =>
    pageMetadata(await load(slug, ui), settings, env().SITE_URL),
  );
}

export default async function StandalonePage({ params }: Props) {
  const [{ slug }, { ui, settings }] = await Promise.all([params, pageInterface(params)]);
  const page = await load(slug, ui);
  return (
    <PageView page={page}>
      <JsonLd data={pageJsonLd(page, settings, env().SITE_URL)} />
    </PageView>
  );
}

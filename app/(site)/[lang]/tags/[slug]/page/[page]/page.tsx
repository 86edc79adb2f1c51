import type { Metadata } from "next";
import { getTagCached } from "@/lib/taxonomy/cached";
import { env } from "@/lib/env";
import { metadataInInterface, pageInterface, type LangParams } from "../../../../_views/site-interface";
import { inInterface } from "@/lib/i18n/interface";
import { listingMetadata } from "@/lib/seo/metadata";
import { listTagSlugs } from "@/lib/taxonomy/data/queries";
import { TagView } from "../../../../_views/tag-view";
import { listingPageNumber } from "../../../../_views/listing-page-number";
import { slugParams } from "../../../../_views/static-params";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

// One listing's page 2 at build time; the rest render on their first visit.
export async function generateStaticParams() {
  return slugParams(await listTagSlugs(1))
    .slice(0, 1)
    .map(({ slug }) => ({ slug, page: "2" }));
}

type Props = { params: Promise<LangParams & { slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const found = await getTagCached(slug);
  if (!found) return {};
  return metadataInInterface(params, (settings, ui) =>
    listingMetadata(
      { kind: "tag", language: ui.language, name: found.name, slug, page: Number(page) },
      settings,
      env().SITE_URL,
    ),
  );
}

export default async function PageN({ params }: Props) {
  const [{ slug }, { ui }] = await Promise.all([params, pageInterface(params)]);
  return <TagView slug={slug} page={await listingPageNumber(params, inInterface(ui, `/tags/${slug}`))} ui={ui} />;
}

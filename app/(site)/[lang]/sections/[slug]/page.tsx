import type { Metadata } from "next";
import { env } from "@/lib/env";
import { metadataInInterface, pageInterface, type LangParams } from "../../_views/site-interface";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSectionCached } from "@/lib/taxonomy/cached";
import { SectionView } from "../../_views/section-view";
import { listSections } from "@/lib/taxonomy/data/queries";
import { slugParams } from "../../_views/static-params";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams((await listSections()).map((s) => s.slug));
}

type Props = { params: Promise<LangParams & { slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await getSectionCached(slug);
  if (!found) return {};
  return metadataInInterface(params, (settings, ui) =>
    listingMetadata(
      { kind: "section", language: ui.language, name: found.name, slug, page: 1, description: found.description },
      settings,
      env().SITE_URL,
    ),
  );
}

export default async function Page({ params }: Props) {
  const [{ slug }, { ui }] = await Promise.all([params, pageInterface(params)]);
  return <SectionView slug={slug} page={1} ui={ui} />;
}

import type { Metadata } from "next";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSiteSettingsCached } from "@/lib/settings/cached";
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

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [found, settings] = await Promise.all([getSectionCached(slug), getSiteSettingsCached()]);
  if (!found) return {};
  return listingMetadata(
    { kind: "section", name: found.name, slug, page: 1, description: found.description },
    settings,
    env().SITE_URL,
  );
}

export default async function Page({ params }: Props) {
  return <SectionView slug={(await params).slug} page={1} />;
}

import type { Metadata } from "next";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { getTagCached } from "@/lib/taxonomy/cached";
import { TagView } from "../../_views/tag-view";
import { listTagSlugs } from "@/lib/taxonomy/data/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams(await listTagSlugs(PRERENDERED.tags));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [found, settings] = await Promise.all([getTagCached(slug), getSiteSettingsCached()]);
  if (!found) return {};
  return listingMetadata({ kind: "tag", name: found.name, slug, page: 1 }, settings, env().SITE_URL);
}

export default async function Page({ params }: Props) {
  return <TagView slug={(await params).slug} page={1} />;
}

import type { Metadata } from "next";
import { getTagCached } from "@/lib/taxonomy/cached";
import { TagView } from "../../_views/tag-view";
import { listTagSlugs } from "@/lib/taxonomy/queries";
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
  const found = await getTagCached(slug);
  return found ? { title: found.name, alternates: { canonical: `/tags/${slug}` } } : {};
}

export default async function Page({ params }: Props) {
  return <TagView slug={(await params).slug} page={1} />;
}

import type { Metadata } from "next";
import { getContributorCached } from "@/lib/contributors/cached";
import { ContributorView } from "../../_views/contributor-view";
import { listContributorSlugs } from "@/lib/contributors/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams(await listContributorSlugs(PRERENDERED.contributors));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await getContributorCached(slug);
  return found ? { title: found.name, alternates: { canonical: `/contributors/${slug}` } } : {};
}

export default async function Page({ params }: Props) {
  return <ContributorView slug={(await params).slug} page={1} />;
}

import type { Metadata } from "next";
import { env } from "@/lib/env";
import { metadataInInterface, pageInterface, type LangParams } from "../../_views/site-interface";
import { listingMetadata } from "@/lib/seo/metadata";
import { getContributorCached } from "@/lib/contributors/cached";
import { ContributorView } from "../../_views/contributor-view";
import { listContributorSlugs } from "@/lib/contributors/data/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams(await listContributorSlugs(PRERENDERED.contributors));
}

type Props = { params: Promise<LangParams & { slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await getContributorCached(slug);
  if (!found) return {};
  return metadataInInterface(params, (settings, ui) =>
    listingMetadata(
      {
        kind: "contributor",
        language: ui.language,
        name: found.name,
        slug,
        page: 1,
        description: [found.jobTitle, found.organisation].filter(Boolean).join(", "),
      },
      settings,
      env().SITE_URL,
    ),
  );
}

export default async function Page({ params }: Props) {
  const [{ slug }, { ui }] = await Promise.all([params, pageInterface(params)]);
  return <ContributorView slug={slug} page={1} ui={ui} />;
}

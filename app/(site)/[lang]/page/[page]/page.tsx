import type { Metadata } from "next";
import { env } from "@/lib/env";
import { inInterface } from "@/lib/i18n/interface";
import { listingMetadata } from "@/lib/seo/metadata";
import { HomeView } from "../../_views/home-view";
import { listingPageNumber } from "../../_views/listing-page-number";
import { metadataInInterface, pageInterface, type LangParams } from "../../_views/site-interface";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

// Page 2 at build time; later pages render on their first visit.
export function generateStaticParams() {
  return [{ page: "2" }];
}

type Props = { params: Promise<LangParams & { page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return metadataInInterface(params, (settings, ui) =>
    listingMetadata({ kind: "home", page: Number(page), language: ui.language }, settings, env().SITE_URL),
  );
}

export default async function HomePageN({ params }: Props) {
  const { ui } = await pageInterface(params);
  return <HomeView page={await listingPageNumber(params, inInterface(ui, "/"))} ui={ui} />;
}

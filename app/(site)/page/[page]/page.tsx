import type { Metadata } from "next";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { HomeView } from "../../_views/home-view";
import { listingPageNumber } from "../../_views/listing-page-number";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

// Page 2 at build time; later pages render on their first visit.
export function generateStaticParams() {
  return [{ page: "2" }];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return listingMetadata({ kind: "home", page: Number(page) }, await getSiteSettingsCached(), env().SITE_URL);
}

export default async function HomePageN({ params }: Props) {
  return <HomeView page={await listingPageNumber(params, "/")} />;
}

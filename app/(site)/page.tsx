import type { Metadata } from "next";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { HomeView } from "./_views/home-view";

export async function generateMetadata(): Promise<Metadata> {
  return listingMetadata({ kind: "home", page: 1 }, await getSiteSettingsCached(), env().SITE_URL);
}

export default function HomePage() {
  return <HomeView page={1} />;
}

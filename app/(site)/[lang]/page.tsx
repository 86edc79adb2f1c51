import type { Metadata } from "next";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/metadata";
import { HomeView } from "./_views/home-view";
import { metadataInInterface, pageInterface, type LangParams } from "./_views/site-interface";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataInInterface(params, (settings, ui) =>
    listingMetadata({ kind: "home", page: 1, language: ui.language }, settings, env().SITE_URL),
  );
}

export default async function HomePage({ params }: Props) {
  const { ui } = await pageInterface(params);
  return <HomeView page={1} ui={ui} />;
}

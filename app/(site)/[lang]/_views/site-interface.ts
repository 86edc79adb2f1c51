import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { interfaceFor, type SiteInterface } from "@/lib/i18n/interface";
import { inInterfaceMetadata } from "@/lib/seo/alternates";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import type { PublicSiteSettings } from "@/lib/settings/public";

/** Every public route's first segment: the interface its address names (lib/i18n/interface.ts). */
export type LangParams = { lang: string };

/** The page's interface and the settings it came from; a 404 for an interface this site does not offer. */
export async function pageInterface(
  params: Promise<LangParams>,
): Promise<{ ui: SiteInterface; settings: PublicSiteSettings }> {
  const [{ lang }, settings] = await Promise.all([params, getSiteSettingsCached()]);
  const ui = interfaceFor(lang, settings);
  if (!ui) notFound();
  return { ui, settings };
}

/** Metadata built for the bare address, moved to the page's interface with its hreflang alternates. */
export async function metadataInInterface(
  params: Promise<LangParams>,
  build: (settings: PublicSiteSettings, ui: SiteInterface) => Metadata | Promise<Metadata>,
): Promise<Metadata> {
  const { ui, settings } = await pageInterface(params);
  return inInterfaceMetadata(await build(settings, ui), ui, settings, env().SITE_URL);
}

import type { Metadata } from "next";
import { inInterface, offeredInterfaces, type SiteInterface } from "../i18n/interface";
import type { PublicSiteSettings } from "../settings/public";
import { absoluteUrl } from "../urls";

// A page offered in two interfaces is one page to search engines in two
// languages: each copy names itself as canonical and lists every copy with
// `hreflang` (the template is translated, the text is not; Google's guidance
// on localized versions covers exactly that), the site's own language as
// x-default.

type LanguageSettings = Pick<PublicSiteSettings, "language" | "bothLanguages">;

/**
 * Metadata built for a bare address (canonical and og:url as in the site's
 * own language), moved to the interface `ui` with its alternates. Metadata
 * without a canonical URL (a 404) is returned as it is.
 */
export function inInterfaceMetadata(
  metadata: Metadata,
  ui: SiteInterface,
  settings: LanguageSettings,
  siteUrl: string,
): Metadata {
  const canonical = metadata.alternates?.canonical;
  const base = absoluteUrl(siteUrl, "");
  if (typeof canonical !== "string" || !canonical.startsWith(`${base}/`)) return metadata;
  const bare = canonical.slice(base.length);
  const offered = offeredInterfaces(settings);
  const url = absoluteUrl(siteUrl, inInterface(ui, bare));
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      canonical: url,
      ...(offered.length > 1 && {
        languages: Object.fromEntries([
          ...offered.map((each) => [each.language, absoluteUrl(siteUrl, inInterface(each, bare))]),
          ["x-default", canonical],
        ]),
      }),
    },
    ...(metadata.openGraph && { openGraph: { ...metadata.openGraph, url } }),
  };
}

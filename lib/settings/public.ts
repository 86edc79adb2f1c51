import type { SiteSettings } from "./schema";

// What every visitor may know about the site's configuration. The cached
// reader (a public endpoint) hands out only these keys; spam and rate-limit
// settings, upload limits and anything added later stay with the full,
// uncached reader in data/queries.ts unless listed here.

export const PUBLIC_SETTING_KEYS = [
  "siteName",
  "tagline",
  "language",
  "bothLanguages",
  "socialHandle",
  "hashtag",
  "footerText",
  "publisherName",
  "feedContent",
  "timeZone",
  "commentMaxLength",
  "commentsCloseAfterDays",
  "logo",
  "favicon",
  "accentColor",
  "socialImage",
] as const satisfies readonly (keyof SiteSettings)[];

export type PublicSiteSettings = Pick<SiteSettings, (typeof PUBLIC_SETTING_KEYS)[number]>;

export function toPublicSettings(settings: SiteSettings): PublicSiteSettings {
  return Object.fromEntries(PUBLIC_SETTING_KEYS.map((key) => [key, settings[key]])) as PublicSiteSettings;
}

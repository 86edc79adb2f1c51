import type { PublicSiteSettings } from "../settings/public";
import { FAVICON_SIZES, type BrandImage } from "./schema";

// The site's branding as the branding page and the public pages use it:
// ready-to-use addresses, never raw settings rows.

export interface BrandIcon {
  url: string;
  sizes: string;
  type: "image/png";
}

export interface Branding {
  logo: BrandImage | null;
  /** Every favicon size, smallest first; empty for the default. */
  icons: BrandIcon[];
  accentColor: string | null;
  socialImage: BrandImage | null;
}

type BrandingSettings = Pick<PublicSiteSettings, "logo" | "favicon" | "accentColor" | "socialImage">;

export function toBranding(settings: BrandingSettings): Branding {
  return {
    logo: settings.logo,
    icons: settings.favicon
      ? FAVICON_SIZES.map((size) => ({
          url: `${settings.favicon!.base}/${size}.png`,
          sizes: `${size}x${size}`,
          type: "image/png",
        }))
      : [],
    accentColor: settings.accentColor,
    socialImage: settings.socialImage,
  };
}

/**
 * The stylesheet that applies the accent colour, or null for the default.
 * The colour has passed accentColourSchema (# and six hex digits) on its way
 * in and again when read, so nothing else can reach the CSS.
 */
export function accentStylesheet(accentColor: string | null): string | null {
  if (!accentColor || !/^#[0-9a-f]{6}$/.test(accentColor)) return null;
  // :root, not html: the reader's high-contrast palette (html[data-contrast]) must still win.
  return `:root{--accent:${accentColor}}`;
}

import type { PublicHero } from "../posts/dto";
import type { PublicSiteSettings } from "../settings/public";
import { mediaUrl } from "../urls";

// Link previews (Facebook, LinkedIn, X, messengers) show raster images only,
// so a page's share image is never an SVG: an SVG hero shipped with the site
// (public/images/…) is shared as a PNG drawn from it by /share-images/…, and
// any other SVG gives way to the site's own share image.

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** public/images/<path>.svg, one safe segment at a time. */
const SHIPPED_SVG = /^\/images\/((?:[a-z0-9][a-z0-9_-]{0,99}\/){0,3}[a-z0-9][a-z0-9_-]{0,99})\.svg$/i;

/** "/images/posts/x.svg" → "/share-images/posts/x.png"; null for anything else. */
export function sharePngPath(url: string): string | null {
  const match = SHIPPED_SVG.exec(url);
  return match ? `/share-images/${match[1]}.png` : null;
}

/** The shipped SVG a /share-images/… path is drawn from ("posts/x.png" → "images/posts/x.svg"), or null. */
export function shippedSvgFor(segments: readonly string[]): string | null {
  const joined = segments.join("/");
  if (!joined.endsWith(".png")) return null;
  const source = `/images/${joined.slice(0, -".png".length)}.svg`;
  return SHIPPED_SVG.test(source) ? source.slice(1) : null;
}

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt?: string;
}

const isSvg = (url: string) => /\.svg(?:[?#]|$)/i.test(url);

/** The site's own share image, for pages without one of their own. */
export function siteShareImage(settings: Pick<PublicSiteSettings, "socialImage">, siteUrl: string): ShareImage | null {
  const image = settings.socialImage;
  return image ? { url: mediaUrl(siteUrl, image.src), width: image.width, height: image.height } : null;
}

/** An article's share image: its hero (as a PNG when it is a shipped SVG), else the site's. */
export function heroShareImage(
  hero: PublicHero | null,
  fallback: { width: number; height: number },
  settings: Pick<PublicSiteSettings, "socialImage">,
  siteUrl: string,
): ShareImage | null {
  if (!hero) return siteShareImage(settings, siteUrl);
  const alt = hero.alt ? { alt: hero.alt } : {};
  const png = sharePngPath(hero.url);
  if (png) return { url: mediaUrl(siteUrl, png), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, ...alt };
  if (isSvg(hero.url)) return siteShareImage(settings, siteUrl);
  return { url: mediaUrl(siteUrl, hero.url), ...fallback, ...alt };
}

import type { Translate } from "@/lib/i18n";
import type { PublicHero } from "@/lib/posts/dto";

// The article column is 42rem wide at most (globals.css `--measure`), with 1rem of padding either side below that.
const HERO_SIZES = "(max-width: 44rem) calc(100vw - 2rem), 42rem";

export function HeroFigure({ hero, t }: { hero: PublicHero; t: Translate }) {
  const responsive = hero.responsive;
  return (
    <figure className="hero">
      {/* eslint-disable-next-line @next/next/no-img-element -- the media library makes the variants; next/image's optimizer is not used */}
      <img
        src={hero.url}
        alt={hero.alt}
        width={responsive?.width ?? 1600}
        height={responsive?.height ?? 900}
        {...(responsive?.srcset && { srcSet: responsive.srcset, sizes: HERO_SIZES })}
        fetchPriority="high"
      />
      {(hero.caption || hero.credit) && (
        <figcaption>
          {hero.caption}
          {hero.credit && (
            <span className="credit">
              {" "}
              {t("article.picture")}: {hero.credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}

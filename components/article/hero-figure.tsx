import type { Translate } from "@/lib/i18n";
import type { PublicHero } from "@/lib/posts/dto";

export function HeroFigure({ hero, t }: { hero: PublicHero; t: Translate }) {
  return (
    <figure className="hero">
      {/* eslint-disable-next-line @next/next/no-img-element -- the media library will add responsive variants */}
      <img src={hero.url} alt={hero.alt} width={1600} height={900} fetchPriority="high" />
      {(hero.caption || hero.credit) && (
        <figcaption>
          {hero.caption}
          {hero.credit && <span className="credit"> {t("article.picture")}: {hero.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

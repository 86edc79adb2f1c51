import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { AccessibilityMenu } from "@/components/site/accessibility-menu";
import { accessibilityMenuLabels } from "@/components/site/accessibility-prefs";
import { translator } from "@/lib/i18n";
import { inInterface, languageName, offeredInterfaces, type SiteInterface } from "@/lib/i18n/interface";
import type { PublicMenuLink } from "@/lib/menus/dto";
import type { PublicSiteSettings } from "@/lib/settings/public";
import { LanguageSwitch } from "./language-switch";
import { MenuLinks } from "./menu-links";

/**
 * Header with site name (or the logo, named after the site), tagline, the
 * header menu and the language switch; footer with its links; skip link.
 * Everything in the interface `ui` speaks, every site link within it.
 */
export function SiteChrome({
  settings,
  menus,
  ui,
  languageSwitch = true,
  children,
}: {
  settings: PublicSiteSettings;
  menus: { header: PublicMenuLink[]; footer: PublicMenuLink[] };
  ui: SiteInterface;
  /** Off where the page has no route of its own to switch (a 404 for an unmatched address). */
  languageSwitch?: boolean;
  children: React.ReactNode;
}) {
  const t = translator(ui.language);
  const others = languageSwitch
    ? offeredInterfaces(settings)
        .filter((other) => other.prefix !== ui.prefix)
        .map((other) => ({ ...other, name: languageName(other) }))
    : [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="a11y-bar">
          {others.length > 0 ? <LanguageSwitch others={others} label={t("nav.language")} /> : null}
          <AccessibilityMenu labels={accessibilityMenuLabels(t)} />
        </div>
        <div className="wrap">
          <p className="site-name">
            <Link href={inInterface(ui, "/")}>
              {settings.logo ? (
                // eslint-disable-next-line @next/next/no-img-element -- a PNG we drew at twice its display height (lib/branding)
                <img
                  className="site-logo"
                  src={settings.logo.src}
                  width={Math.round(settings.logo.width / 2)}
                  height={Math.round(settings.logo.height / 2)}
                  alt={settings.siteName}
                />
              ) : (
                settings.siteName
              )}
            </Link>
          </p>
          <p className="tagline">{settings.tagline}</p>
          <SearchBox t={t} ui={ui} />
        </div>
        <nav className="site-nav" aria-label={t("nav.main")}>
          <ul className="wrap">
            <MenuLinks links={menus.header} t={t} ui={ui} />
          </ul>
        </nav>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          {menus.footer.length > 0 ? (
            <nav className="footer-nav" aria-label={t("nav.footer")}>
              <ul>
                <MenuLinks links={menus.footer} t={t} ui={ui} />
              </ul>
            </nav>
          ) : null}
          <p>{settings.footerText}</p>
          <p className="powered">{t("footer.poweredBy")}</p>
        </div>
      </footer>
    </>
  );
}

import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { AccessibilityMenu } from "@/components/site/accessibility-menu";
import { accessibilityMenuLabels } from "@/components/site/accessibility-prefs";
import { translator } from "@/lib/i18n";
import type { PublicMenuLink } from "@/lib/menus/dto";
import type { PublicSiteSettings } from "@/lib/settings/public";
import { MenuLinks } from "./menu-links";

/** Header with site name (or the logo, named after the site), tagline and the header menu; footer with its links; skip link. */
export function SiteChrome({
  settings,
  menus,
  children,
}: {
  settings: PublicSiteSettings;
  menus: { header: PublicMenuLink[]; footer: PublicMenuLink[] };
  children: React.ReactNode;
}) {
  const t = translator(settings.language);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="a11y-bar">
          <AccessibilityMenu labels={accessibilityMenuLabels(t)} />
        </div>
        <div className="wrap">
          <p className="site-name">
            <Link href="/">
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
          <SearchBox t={t} />
        </div>
        <nav className="site-nav" aria-label={t("nav.main")}>
          <ul className="wrap">
            <MenuLinks links={menus.header} t={t} />
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
                <MenuLinks links={menus.footer} t={t} />
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

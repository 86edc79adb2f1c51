import type { Translate } from "@/lib/i18n";
import type { ShareLink } from "@/lib/posts/share";

export function ShareLinks({ links, t }: { links: ShareLink[]; t: Translate }) {
  return (
    <nav className="share" aria-label={t("article.share")}>
      <ul>
        {links.map((link) => {
          const byEmail = link.network === "Email";
          // The visible word is part of the accessible name (WCAG 2.5.3), so
          // "Email" is translated as the label around it is.
          return (
            <li key={link.network}>
              <a
                href={link.href}
                rel="noopener noreferrer"
                aria-label={byEmail ? t("article.shareByEmail") : t("article.shareOn", { network: link.network })}
              >
                {byEmail ? t("contact.email") : link.network}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

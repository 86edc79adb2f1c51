import type { Translate } from "@/lib/i18n";
import type { ShareLink } from "@/lib/posts/share";

export function ShareLinks({ links, t }: { links: ShareLink[]; t: Translate }) {
  return (
    <nav className="share" aria-label={t("article.share")}>
      <ul>
        {links.map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              aria-label={
                link.network === "Email" ? t("article.shareByEmail") : t("article.shareOn", { network: link.network })
              }
            >
              {link.network}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { PublicMenuLink } from "@/lib/menus/dto";

/** A menu's links as list items; a link to another site says so in words, not only with its mark. */
export function MenuLinks({ links, t, ui }: { links: readonly PublicMenuLink[]; t: Translate; ui: SiteInterface }) {
  return links.map((link, i) => (
    <li key={`${i}:${link.href}`}>
      {link.external ? (
        <a href={link.href}>
          {link.label}
          <span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> {t("nav.external")}</span>
        </a>
      ) : (
        <Link href={inInterface(ui, link.href)}>{link.label}</Link>
      )}
    </li>
  ));
}

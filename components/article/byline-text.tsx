import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { PublicByline } from "@/lib/posts/dto";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";

/** "By Jane Doe, Chief Executive, Riverside Homes, and Sam Lee", each name linked. */
export function BylineText({
  bylines,
  t,
  ui,
  withRoles = true,
}: {
  bylines: PublicByline[];
  t: Translate;
  ui: SiteInterface;
  withRoles?: boolean;
}) {
  return (
    <span className="byline">
      {t("byline.by")}{" "}
      {bylines.map((b, i) => (
        <span key={b.slug}>
          {i > 0 && (i === bylines.length - 1 ? `${withRoles ? "," : ""} ${t("byline.and")} ` : ", ")}
          <Link href={inInterface(ui, `/contributors/${b.slug}`)} className="byline-name">
            {b.name}
          </Link>
          {withRoles &&
            [b.jobTitle, b.organisation]
              .filter(Boolean)
              .map((part) => `, ${part}`)
              .join("")}
        </span>
      ))}
    </span>
  );
}

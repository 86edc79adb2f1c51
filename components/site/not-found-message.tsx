"use client";

import Link from "next/link";
import { translator } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import { useSiteInterface } from "./interface-context";

/** What a 404 says, in the interface of the page around it (or the one given). */
export function NotFoundMessage({ ui: given }: { ui?: SiteInterface }) {
  const around = useSiteInterface();
  const ui = given ?? around ?? { language: "en", prefix: "" };
  const t = translator(ui.language);
  return (
    <div className="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href={inInterface(ui, "/")}>{t("notFound.home")}</Link>
      </p>
    </div>
  );
}

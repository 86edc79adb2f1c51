import Link from "next/link";
import { translator } from "@/lib/i18n";

/** What a 404 says, in the site's language. */
export function NotFoundMessage({ language }: { language: string }) {
  const t = translator(language);
  return (
    <div className="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </div>
  );
}

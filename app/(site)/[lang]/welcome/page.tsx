import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { WelcomeForm } from "@/components/comments/welcome-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n";
import { inInterface } from "@/lib/i18n/interface";
import { pageInterface, type LangParams } from "../_views/site-interface";

// First sign-in: the reader chooses the name shown with their comments.
export const instant = false;

type Props = {
  params: Promise<LangParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ui } = await pageInterface(params);
  return { title: translator(ui.language)("welcome.title"), robots: { index: false, follow: false } };
}

export default async function WelcomePage({ params, searchParams }: Props) {
  const [query, { ui }, viewer] = await Promise.all([searchParams, pageInterface(params), getViewer()]);
  const t = translator(ui.language);
  const callbackUrl = safeCallbackPath(first(query.callbackUrl), env().SITE_URL);
  // Staff names are managed in the admin; they have nothing to choose here.
  if (viewer && viewer.role !== "READER") redirect(callbackUrl);
  return (
    <div className="reader-page">
      <h1>{t("welcome.title")}</h1>
      {viewer ? (
        <WelcomeForm language={ui.language} callbackUrl={callbackUrl} initialName={viewer.name ?? ""} />
      ) : (
        <p>
          {t("welcome.signedOut")}{" "}
          <Link href={inInterface(ui, `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`)}>
            {t("comments.signInLink")}
          </Link>
        </p>
      )}
    </div>
  );
}

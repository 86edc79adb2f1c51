import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { WelcomeForm } from "@/components/comments/welcome-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// First sign-in: the reader chooses the name shown with their comments.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettingsCached();
  return { title: translator(settings.language)("welcome.title"), robots: { index: false, follow: false } };
}

export default async function WelcomePage({ searchParams }: Props) {
  const [query, settings, viewer] = await Promise.all([searchParams, getSiteSettingsCached(), getViewer()]);
  const t = translator(settings.language);
  const callbackUrl = safeCallbackPath(first(query.callbackUrl), env().SITE_URL);
  // Staff names are managed in the admin; they have nothing to choose here.
  if (viewer && viewer.role !== "READER") redirect(callbackUrl);
  return (
    <div className="reader-page">
      <h1>{t("welcome.title")}</h1>
      {viewer ? (
        <WelcomeForm language={settings.language} callbackUrl={callbackUrl} initialName={viewer.name ?? ""} />
      ) : (
        <p>
          {t("welcome.signedOut")}{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("comments.signInLink")}</Link>
        </p>
      )}
    </div>
  );
}

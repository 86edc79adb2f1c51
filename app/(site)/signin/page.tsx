import type { Metadata } from "next";
import { SignInForm } from "@/components/comments/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { configuredOAuthProviders, MAGIC_LINK_MINUTES } from "@/lib/auth/reader-sign-in";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// Readers' sign-in: a link by email, or an OAuth account when configured.
// Depends on the query (where to go back to, what went wrong), so it renders per request.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettingsCached();
  return { title: translator(settings.language)("signin.title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ searchParams }: Props) {
  const [query, settings] = await Promise.all([searchParams, getSiteSettingsCached()]);
  const t = translator(settings.language);
  return (
    <div className="reader-page">
      <h1>{t("signin.title")}</h1>
      <SignInForm
        language={settings.language}
        callbackUrl={safeCallbackPath(first(query.callbackUrl), env().SITE_URL)}
        error={first(query.error) ?? null}
        providers={configuredOAuthProviders()}
        linkMinutes={MAGIC_LINK_MINUTES}
      />
    </div>
  );
}

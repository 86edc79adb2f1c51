import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/comments/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { configuredOAuthProviders, MAGIC_LINK_MINUTES } from "@/lib/auth/data/reader-sign-in";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n";
import { pageInterface, type LangParams } from "../_views/site-interface";

// Readers' sign-in: a link by email, or an OAuth account when configured.
// Depends on the query (where to go back to, what went wrong), so it renders per request.
export const instant = false;

type Props = {
  params: Promise<LangParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * next-auth sends every error it has no page for here (lib/auth/options.ts
 * `pages.error`). These are the readers'; anything else is a staff password
 * sign-in failing without JavaScript, which belongs on /login.
 */
const READER_ERRORS = new Set([
  "Verification",
  "AccessDenied",
  "Configuration",
  "StaffAccount",
  "AccountDisabled",
  "OAuthAccountNotLinked",
  "EmailRequired",
]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ui } = await pageInterface(params);
  return { title: translator(ui.language)("signin.title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const [query, { ui }] = await Promise.all([searchParams, pageInterface(params)]);
  const error = first(query.error) ?? null;
  if (error && !READER_ERRORS.has(error)) redirect(`/login?${new URLSearchParams({ error })}`);
  const t = translator(ui.language);
  return (
    <div className="reader-page">
      <h1>{t("signin.title")}</h1>
      <SignInForm
        language={ui.language}
        callbackUrl={safeCallbackPath(first(query.callbackUrl), env().SITE_URL)}
        error={error}
        providers={configuredOAuthProviders()}
        linkMinutes={MAGIC_LINK_MINUTES}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { LoginForm } from "@/components/auth/login-form";
import { SECURITY_PAGE } from "@/lib/auth/admin-pages";
import { can } from "@/lib/auth/permissions";
import { SIGN_IN_MESSAGES } from "@/lib/auth/throttle/limits";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { afterSignInPath } from "@/lib/users/after-sign-in";
import { SECOND_STEP_ERRORS } from "@/lib/auth/two-factor/sign-in-step";
import "../auth.css";
import "./second-step.css";

// Reads the session cookie (signed-in staff go straight on) and the query.
export const instant = false;

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

const NOTICES: Record<string, string> = {
  reset: "Your password has been changed. Sign in with the new one.",
  welcome: "Your account is ready. Sign in with your email address and new password.",
  signedOut: "You have signed out.",
};

const KNOWN_ERRORS = [...SIGN_IN_MESSAGES, ...SECOND_STEP_ERRORS];
const SIGN_IN_FAILED = "Signing in did not work. Please try again.";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const [query, viewer, settings] = await Promise.all([searchParams, getViewer(), getSiteSettingsCached()]);
  const callbackUrl = afterSignInPath(query.callbackUrl, env().SITE_URL);
  if (can(viewer, "admin:access")) redirect(callbackUrl);
  if (viewer?.mustEnrolTwoFactor) redirect(SECURITY_PAGE);
  // next-auth sends failed sign-ins without JavaScript here as ?error=<message>.
  const error =
    typeof query.error === "string" ? (KNOWN_ERRORS.includes(query.error) ? query.error : SIGN_IN_FAILED) : null;
  const notice = Object.keys(NOTICES).find((key) => query[key] !== undefined);
  return (
    <AuthShell siteName={settings.siteName} title="Sign in">
      <LoginForm
        callbackUrl={callbackUrl}
        knownErrors={KNOWN_ERRORS}
        initialError={error}
        notice={notice ? NOTICES[notice]! : null}
      />
    </AuthShell>
  );
}

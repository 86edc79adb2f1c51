import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { isPasswordResetLinkLive } from "@/lib/users/data/queries";
import "../auth.css";

// The token comes from the query and is checked on every visit.
export const instant = false;

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false, follow: false },
  // The token is in this page's address: never pass it on to another site.
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const [{ token }, settings] = await Promise.all([searchParams, getSiteSettingsCached()]);
  const live = typeof token === "string" && token.length <= 200 && (await isPasswordResetLinkLive(token));
  if (!live) {
    return (
      <AuthShell siteName={settings.siteName} title="This link no longer works">
        <p>
          Password reset links work once, for one hour. <Link href="/forgot-password">Ask for a new link</Link>.
        </p>
      </AuthShell>
    );
  }
  return (
    <AuthShell siteName={settings.siteName} title="Choose a new password">
      <ResetPasswordForm token={token} />
    </AuthShell>
  );
}

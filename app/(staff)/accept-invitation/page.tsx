import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { getInvitationPreview } from "@/lib/users/data/queries";
import "../auth.css";

// The token comes from the query and is checked on every visit.
export const instant = false;

export const metadata: Metadata = {
  title: "Accept your invitation",
  robots: { index: false, follow: false },
  // The token is in this page's address: never pass it on to another site.
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AcceptInvitationPage({ searchParams }: Props) {
  const [query, settings] = await Promise.all([searchParams, getSiteSettingsCached()]);
  const token = typeof query.token === "string" && query.token.length <= 200 ? query.token : null;
  const invitation = token ? await getInvitationPreview(token) : null;
  if (!token || !invitation) {
    return (
      <AuthShell siteName={settings.siteName} title="This invitation no longer works">
        <p>
          Invitation links work once, for seven days, and stop working when an administrator withdraws them. Ask the
          administrator who invited you to send a new one. Already activated your account?{" "}
          <Link href="/login">Sign in</Link>.
        </p>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      siteName={settings.siteName}
      title="Accept your invitation"
      intro={
        <p>
          Choose your name and a password for <strong>{invitation.email}</strong>. You will sign in with this email
          address.
        </p>
      }
    >
      <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
    </AuthShell>
  );
}

import type { Metadata } from "next";
import { AddPasskeyForm } from "@/components/admin/account/add-passkey-form";
import { DisableTwoFactorForm } from "@/components/admin/account/disable-two-factor-form";
import { PasskeyList } from "@/components/admin/account/passkey-list";
import { RecoveryCodesPanel } from "@/components/admin/account/recovery-codes-panel";
import { TotpSetup } from "@/components/admin/account/totp-setup";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { twoFactorStatus } from "@/lib/auth/two-factor/data/enrolment";
import { hasTwoFactor } from "@/lib/auth/two-factor/dto";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "../../manage.css";
import "./security.css";

export const instant = false;
export const metadata: Metadata = { title: "Sign-in security" };

export default async function SecurityPage() {
  const { viewer, forbidden } = await adminPage("/admin/account/security");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [status, settings] = await Promise.all([twoFactorStatus(viewer), getSiteSettingsCached()]);
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: settings.timeZone });
  const formatDate = (iso: string) => format.format(new Date(iso));
  const enabled = hasTwoFactor(status);
  return (
    <div className="manage-page security-page">
      <header className="admin-page-header">
        <h1>Sign-in security</h1>
      </header>
      {viewer.mustEnrolTwoFactor ? (
        <div className="security-required" role="alert">
          This site requires two-factor sign-in for your role. Set up an authenticator app or a passkey to continue to
          the rest of the admin area.
        </div>
      ) : null}
      <p className="manage-intro">
        Two-factor sign-in asks for a second proof after your password: a code from an authenticator app on your phone,
        or a passkey. Someone who learns your password still cannot sign in as you.
        {enabled ? " Two-factor sign-in is on." : " Two-factor sign-in is off."}
      </p>

      <section aria-labelledby="totp-title" className="security-section">
        <h2 id="totp-title">Authenticator app</h2>
        <TotpSetup enabled={status.totp} account={viewer.email} />
      </section>

      <section aria-labelledby="passkeys-title" className="security-section">
        <h2 id="passkeys-title">Passkeys</h2>
        <p>A passkey uses your device’s fingerprint, face or screen lock, or a security key, instead of a code.</p>
        <PasskeyList passkeys={status.passkeys} formatDate={formatDate} />
        <AddPasskeyForm />
      </section>

      {enabled ? (
        <section aria-labelledby="recovery-title" className="security-section">
          <h2 id="recovery-title">Recovery codes</h2>
          <RecoveryCodesPanel left={status.recoveryCodesLeft} />
        </section>
      ) : null}

      {enabled && !status.requiredForRole ? (
        <section aria-labelledby="disable-title" className="security-section">
          <h2 id="disable-title" className="visually-hidden">
            Turn off
          </h2>
          <DisableTwoFactorForm />
        </section>
      ) : null}
    </div>
  );
}

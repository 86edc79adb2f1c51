"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { confirmTotpAction, startTotpEnrolmentAction } from "@/lib/auth/two-factor/actions";
import type { TotpEnrolment } from "@/lib/auth/two-factor/dto";
import { FormStatus } from "@/components/ui/form-status";
import { AccountField } from "./account-field";
import { QrCode } from "./qr-code";
import { RecoveryCodeList } from "./recovery-code-list";

/**
 * Setting up an authenticator app: a QR code (and the secret as text), then
 * one code to prove it works. It stays mounted once the app is on, so the
 * recovery codes stay on screen while the page refreshes around them.
 */
export function TotpSetup({ enabled, account }: { enabled: boolean; account: string }) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [pending, startTransition] = useTransition();

  const start = () =>
    startTransition(async () => {
      const started = await startTotpEnrolmentAction({});
      setResult(started.ok ? null : started);
      if (started.ok) setEnrolment(started.data);
    });

  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    startTransition(async () => {
      const confirmed = await confirmTotpAction({ code });
      setResult(confirmed);
      if (!confirmed.ok) return;
      setCodes(confirmed.data.recoveryCodes);
      setEnrolment(null);
      router.refresh();
    });
  };

  if (codes) {
    return (
      <>
        <p role="status">Your authenticator app is set up.</p>
        {codes.length > 0 ? <RecoveryCodeList codes={codes} /> : null}
      </>
    );
  }
  if (enabled) return <p>An authenticator app is set up for {account}.</p>;
  if (!enrolment) {
    return (
      <div className="security-start">
        <button type="button" className="button button-primary" onClick={start} disabled={pending}>
          {pending ? "Preparing…" : "Set up an authenticator app"}
        </button>
        <FormStatus result={result} />
      </div>
    );
  }
  const errors = result && !result.ok ? (result.error.fieldErrors.code ?? []) : [];
  return (
    <form className="security-enrol" onSubmit={confirm} noValidate aria-busy={pending}>
      <ol className="security-steps">
        <li>
          <p>Scan this QR code with your authenticator app (such as 1Password, Google Authenticator or Authy).</p>
          <QrCode shape={enrolment.qrCode} label="QR code for your authenticator app" />
          <p>
            Cannot scan it? Enter this key in the app instead:{" "}
            <code className="security-secret" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
        </li>
        <li>
          <AccountField
            name="code"
            label="Enter the 6-digit code the app shows"
            errors={errors}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
          />
        </li>
      </ol>
      <FormStatus result={result && !result.ok && errors.length === 0 ? result : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Checking…" : "Turn on two-factor sign-in"}
        </button>
      </div>
    </form>
  );
}

"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, useTransition } from "react";
import { z } from "zod";
import { passkeySignInChallengeAction } from "@/lib/auth/two-factor/actions";
import type { SecondFactorMethods } from "@/lib/auth/two-factor/dto";
import { secondFactorCodeSchema } from "@/lib/auth/two-factor/schema";
import { PASSKEY_REFUSED, SECOND_STEP_ERRORS, SECOND_STEP_EXPIRED } from "@/lib/auth/two-factor/sign-in-step";
import { FormAlert } from "./form-alert";
import { TextField } from "./text-field";
import { type SubmitResult, useCheckedForm } from "./use-checked-form";

const UNEXPECTED = "Signing in did not work just now. Please try again in a moment.";
const PASSKEY_CANCELLED = "No passkey was used: the browser's prompt was closed. Try again, or enter a code.";

const schema = z.object({ code: secondFactorCodeSchema });

/** next-auth's answer as this form shows it: the code field's message, or the form's. */
function refusal(error: string | null | undefined): SubmitResult<never> {
  const message = error && SECOND_STEP_ERRORS.includes(error) ? error : UNEXPECTED;
  const onField = message !== UNEXPECTED && message !== SECOND_STEP_EXPIRED && message !== PASSKEY_REFUSED;
  return { ok: false, error: { message: onField ? "" : message, fieldErrors: onField ? { code: [message] } : {} } };
}

/**
 * The sign-in's second step, after a correct password: a code from the
 * authenticator app or a recovery code, or a passkey. The ticket stands for
 * the password, which is not sent again.
 */
export function SecondFactorForm({
  methods,
  ticket,
  callbackUrl,
  onSignedIn,
  onRestart,
}: {
  methods: SecondFactorMethods;
  ticket: string;
  callbackUrl: string;
  onSignedIn: () => void;
  onRestart: (message: string) => void;
}) {
  const [passkeyError, setPasskeyError] = useState<string | null>(null);
  const [passkeyPending, startPasskey] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const form = useCheckedForm({
    initial: { code: "" },
    schema,
    submit: async ({ code }): Promise<SubmitResult<null>> => {
      const result = await signIn("credentials", { redirect: false, ticket, code, callbackUrl }).catch(() => undefined);
      if (result?.ok && !result.error) return { ok: true, data: null };
      if (result?.error === SECOND_STEP_EXPIRED) onRestart(SECOND_STEP_EXPIRED);
      return refusal(result?.error);
    },
    onSuccess: onSignedIn,
  });

  const usePasskey = () =>
    startPasskey(async () => {
      setPasskeyError(null);
      const challenge = await passkeySignInChallengeAction({ ticket });
      if (!challenge.ok) return onRestart(SECOND_STEP_EXPIRED);
      const response = await startAuthentication({ optionsJSON: challenge.data.options }).catch(() => null);
      if (!response) return setPasskeyError(PASSKEY_CANCELLED);
      const result = await signIn("credentials", {
        redirect: false,
        ticket: challenge.data.ticket,
        passkey: JSON.stringify(response),
        callbackUrl,
      }).catch(() => undefined);
      if (result?.ok && !result.error) return onSignedIn();
      if (result?.error === SECOND_STEP_EXPIRED) return onRestart(SECOND_STEP_EXPIRED);
      setPasskeyError(result?.error && SECOND_STEP_ERRORS.includes(result.error) ? result.error : UNEXPECTED);
    });

  return (
    <div className="auth-second-step">
      <h2 className="auth-step-title" ref={heading} tabIndex={-1}>
        Two-factor sign-in
      </h2>
      <FormAlert message={form.formError || passkeyError} tone="error" />
      {methods.totp ? (
        <form className="auth-form" onSubmit={form.onSubmit} noValidate>
          <TextField
            {...form.field("code")}
            idPrefix="login"
            label="Code from your authenticator app"
            hint="The 6-digit code your app shows now. Lost your phone? Enter one of your recovery codes."
            inputMode="text"
            autoComplete="one-time-code"
            spellCheck={false}
            required
          />
          <button type="submit" className="auth-button" disabled={form.pending}>
            {form.pending ? "Checking…" : "Verify and sign in"}
          </button>
        </form>
      ) : null}
      {methods.passkey ? (
        <div className="auth-form">
          <button
            type="button"
            className={methods.totp ? "auth-button auth-button--secondary" : "auth-button"}
            onClick={usePasskey}
            disabled={passkeyPending}
          >
            {passkeyPending ? "Waiting for your passkey…" : "Use a passkey"}
          </button>
        </div>
      ) : null}
      {!methods.totp ? <RecoveryOnly form={form} /> : null}
      <p className="auth-aside">
        <button type="button" className="auth-link-button" onClick={() => onRestart("")}>
          Sign in as someone else
        </button>
      </p>
    </div>
  );
}

/** A passkey-only account can still use a recovery code when the device is lost. */
function RecoveryOnly({ form }: { form: ReturnType<typeof useCheckedForm<{ code: string }, typeof schema, null>> }) {
  return (
    <form className="auth-form" onSubmit={form.onSubmit} noValidate>
      <TextField
        {...form.field("code")}
        idPrefix="login"
        label="Or a recovery code"
        autoComplete="one-time-code"
        spellCheck={false}
      />
      <button type="submit" className="auth-button auth-button--secondary" disabled={form.pending}>
        {form.pending ? "Checking…" : "Use recovery code"}
      </button>
    </form>
  );
}

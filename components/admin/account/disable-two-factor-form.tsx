"use client";

import { disableTwoFactorAction } from "@/lib/auth/two-factor/actions";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { AccountField } from "./account-field";

/** Turning two-factor off asks for proof of the owner: the password, or a current code. */
export function DisableTwoFactorForm() {
  const { state, formAction, pending, errors } = useActionForm(disableTwoFactorAction);
  return (
    <form action={formAction} className="security-disable" aria-busy={pending}>
      <fieldset>
        <legend>Turn off two-factor sign-in</legend>
        <p>This removes your authenticator app, passkeys and recovery codes. Confirm with one of these:</p>
        <AccountField
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          errors={errors("password")}
        />
        <AccountField
          name="code"
          label="Or a code from your app, or a recovery code"
          inputMode="text"
          autoComplete="one-time-code"
          maxLength={40}
          errors={errors("code")}
        />
      </fieldset>
      <FormStatus result={state.result} />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={pending}>
          {pending ? "Turning off…" : "Turn off two-factor sign-in"}
        </button>
      </div>
    </form>
  );
}

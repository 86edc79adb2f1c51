"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { passkeyRegistrationOptionsAction, registerPasskeyAction } from "@/lib/auth/two-factor/actions";
import { FormStatus } from "@/components/ui/form-status";
import { AccountField } from "./account-field";
import { RecoveryCodeList } from "./recovery-code-list";

const CANCELLED = "No passkey was added: the browser's prompt was closed or is not available here.";

function failed(message: string): ActionResult<never> {
  return { ok: false, error: { code: "validation", message, fieldErrors: {} } };
}

/** Names a new passkey, lets the browser create it, and stores it once the server has verified it. */
export function AddPasskeyForm() {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    if (!name) {
      const message = "Give the passkey a name, such as “Work laptop”.";
      setResult({ ok: false, error: { code: "validation", message, fieldErrors: { name: [message] } } });
      return;
    }
    startTransition(async () => {
      const options = await passkeyRegistrationOptionsAction({});
      if (!options.ok) return setResult(options);
      const response = await startRegistration({ optionsJSON: options.data.options }).catch(() => null);
      if (!response) return setResult(failed(CANCELLED));
      const saved = await registerPasskeyAction({
        name,
        ticket: options.data.ticket,
        response: JSON.stringify(response),
      });
      setResult(saved);
      if (!saved.ok) return;
      form.reset();
      setCodes(saved.data.recoveryCodes);
      router.refresh();
    });
  };

  const errors = result && !result.ok ? (result.error.fieldErrors.name ?? []) : [];
  return (
    <>
      <form className="security-passkey-form" onSubmit={add} noValidate aria-busy={pending}>
        <AccountField
          name="name"
          label="Name for the new passkey"
          hint="So you can tell your passkeys apart, e.g. “Work laptop” or “Phone”."
          errors={errors}
          maxLength={60}
          autoComplete="off"
          required
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Waiting for the passkey…" : "Add a passkey"}
          </button>
        </div>
        <FormStatus result={errors.length > 0 ? null : result} success="Passkey added." />
      </form>
      {codes.length > 0 ? <RecoveryCodeList codes={codes} /> : null}
    </>
  );
}

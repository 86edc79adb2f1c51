"use client";

import Link from "next/link";
import { useState } from "react";
import { unlockAccountAction } from "@/lib/auth/throttle/actions";
import { unlockAccountSchema } from "@/lib/auth/throttle/schema";
import { FormAlert } from "./form-alert";
import { useCheckedForm } from "./use-checked-form";

export function UnlockAccountForm({ token }: { token: string }) {
  const [unlocked, setUnlocked] = useState(false);
  const form = useCheckedForm({
    initial: { token },
    schema: unlockAccountSchema,
    submit: (input) => unlockAccountAction(input),
    onSuccess: () => setUnlocked(true),
  });
  if (unlocked) {
    return (
      <>
        <FormAlert message="Your account is unlocked." tone="success" />
        <p>
          <Link href="/login">Sign in</Link> with your email address and password.
        </p>
      </>
    );
  }
  return (
    <form className="auth-form" onSubmit={form.onSubmit} noValidate>
      <FormAlert message={form.formError ?? form.fieldErrors.token?.[0] ?? null} tone="error" />
      <p>
        This lifts the limits on signing in to your account that failed attempts have set off. Afterwards, sign in as
        usual.
      </p>
      <button type="submit" className="auth-button" disabled={form.pending}>
        {form.pending ? "Unlocking…" : "Unlock my account"}
      </button>
    </form>
  );
}

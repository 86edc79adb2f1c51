"use client";

import Link from "next/link";
import { useState } from "react";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { requestPasswordResetSchema } from "@/lib/users/schema";
import { FormAlert } from "./form-alert";
import { TextField } from "./text-field";
import { useCheckedForm } from "./use-checked-form";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const form = useCheckedForm({
    initial: { email: "" },
    schema: requestPasswordResetSchema,
    submit: (input) => requestPasswordResetAction(input),
    onSuccess: (data) => setSent(data.message),
  });
  if (sent) {
    return (
      <div className="auth-form">
        <FormAlert message={sent} tone="success" />
        <p>
          Check your inbox (and spam folder). No email? Make sure you typed the address your account uses, or ask an
          administrator.
        </p>
        <p className="auth-aside">
          <Link href="/login">Back to sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <form className="auth-form" onSubmit={form.onSubmit} noValidate>
      <FormAlert message={form.formError} tone="error" />
      <TextField
        {...form.field("email")}
        idPrefix="forgot"
        label="Email address"
        hint="The address you sign in with. We will email it a link to choose a new password."
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
      />
      <button type="submit" className="auth-button" disabled={form.pending}>
        {form.pending ? "Sending…" : "Email me a link"}
      </button>
      <p className="auth-aside">
        <Link href="/login">Back to sign in</Link>
      </p>
    </form>
  );
}

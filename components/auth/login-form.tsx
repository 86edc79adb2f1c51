"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SecondFactorMethods } from "@/lib/auth/two-factor/dto";
import { readSecondFactorNeeded } from "@/lib/auth/two-factor/sign-in-step";
import { signInFormSchema } from "@/lib/users/schema";
import { FormAlert } from "./form-alert";
import { SecondFactorForm } from "./second-factor-form";
import { TextField } from "./text-field";
import { type SubmitResult, useCheckedForm } from "./use-checked-form";

const UNEXPECTED = "Signing in did not work just now. Please try again in a moment.";

/**
 * Email and password through next-auth's credentials provider. next-auth
 * returns the message the server threw; only the sign-in messages the page
 * passes in are shown as they are, so nothing unexpected leaks to the screen.
 */
export function LoginForm({
  callbackUrl,
  knownErrors,
  initialError,
  notice,
}: {
  callbackUrl: string;
  knownErrors: string[];
  initialError: string | null;
  notice: string | null;
}) {
  const router = useRouter();
  // After a correct password, an account with two-factor sign-in gets a second step instead of a session.
  const [secondStep, setSecondStep] = useState<{ methods: SecondFactorMethods; ticket: string } | null>(null);
  const [restartMessage, setRestartMessage] = useState<string | null>(null);
  const signedIn = () => {
    router.replace(callbackUrl);
    router.refresh();
  };
  const form = useCheckedForm({
    initial: { email: "", password: "" },
    schema: signInFormSchema,
    submit: async ({ email, password }): Promise<SubmitResult<null>> => {
      setRestartMessage(null);
      const result = await signIn("credentials", { redirect: false, email, password, callbackUrl }).catch(
        () => undefined,
      );
      if (result?.ok && !result.error) return { ok: true, data: null };
      const needed = result?.error ? readSecondFactorNeeded(result.error) : null;
      if (needed) {
        setSecondStep(needed);
        return { ok: false, error: { message: "", fieldErrors: {} } };
      }
      const message = result?.error && knownErrors.includes(result.error) ? result.error : UNEXPECTED;
      return { ok: false, error: { message, fieldErrors: {} } };
    },
    onSuccess: signedIn,
  });
  if (secondStep) {
    return (
      <SecondFactorForm
        {...secondStep}
        callbackUrl={callbackUrl}
        onSignedIn={signedIn}
        onRestart={(message) => {
          // Back to the first step: the password is typed again, as the ticket has lapsed.
          form.setValues({ email: form.values.email, password: "" });
          setRestartMessage(message || null);
          setSecondStep(null);
        }}
      />
    );
  }
  const error =
    restartMessage || form.formError || (form.fieldErrors.email || form.fieldErrors.password ? null : initialError);
  return (
    <form className="auth-form" onSubmit={form.onSubmit} noValidate>
      <FormAlert message={error} tone="error" />
      {error ? null : <FormAlert message={notice} tone="success" />}
      <TextField
        {...form.field("email")}
        idPrefix="login"
        label="Email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
      />
      <TextField
        {...form.field("password")}
        idPrefix="login"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" className="auth-button" disabled={form.pending}>
        {form.pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="auth-aside">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}

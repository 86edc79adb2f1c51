"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signInFormSchema } from "@/lib/users/schema";
import { FormAlert } from "./form-alert";
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
  const form = useCheckedForm({
    initial: { email: "", password: "" },
    schema: signInFormSchema,
    submit: async ({ email, password }): Promise<SubmitResult<null>> => {
      const result = await signIn("credentials", { redirect: false, email, password, callbackUrl }).catch(
        () => undefined,
      );
      if (result?.ok && !result.error) return { ok: true, data: null };
      const message = result?.error && knownErrors.includes(result.error) ? result.error : UNEXPECTED;
      return { ok: false, error: { message, fieldErrors: {} } };
    },
    onSuccess: () => {
      router.replace(callbackUrl);
      router.refresh();
    },
  });
  const error = form.formError ?? (form.fieldErrors.email || form.fieldErrors.password ? null : initialError);
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

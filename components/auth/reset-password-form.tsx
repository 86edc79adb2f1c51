"use client";

import { useRouter } from "next/navigation";
import { resetPasswordAction } from "@/lib/users/actions";
import { resetPasswordSchema } from "@/lib/users/schema";
import { FormAlert } from "./form-alert";
import { NewPasswordFields } from "./new-password-fields";
import { useCheckedForm } from "./use-checked-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useCheckedForm({
    initial: { token, password: "", confirmPassword: "" },
    schema: resetPasswordSchema,
    submit: (input) => resetPasswordAction(input),
    onSuccess: () => router.replace("/login?reset=1"),
  });
  return (
    <form className="auth-form" onSubmit={form.onSubmit} noValidate>
      <FormAlert message={form.formError} tone="error" />
      <NewPasswordFields
        idPrefix="reset"
        password={form.field("password")}
        confirmPassword={form.field("confirmPassword")}
      />
      <button type="submit" className="auth-button" disabled={form.pending}>
        {form.pending ? "Saving…" : "Save the new password"}
      </button>
    </form>
  );
}

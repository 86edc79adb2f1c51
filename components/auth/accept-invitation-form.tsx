"use client";

import { useRouter } from "next/navigation";
import { acceptInvitationAction } from "@/lib/users/actions";
import { acceptInvitationSchema } from "@/lib/users/schema";
import { FormAlert } from "./form-alert";
import { NewPasswordFields } from "./new-password-fields";
import { TextField } from "./text-field";
import { useCheckedForm } from "./use-checked-form";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string | null }) {
  const router = useRouter();
  const form = useCheckedForm({
    initial: { token, name: name ?? "", password: "", confirmPassword: "" },
    schema: acceptInvitationSchema,
    submit: (input) => acceptInvitationAction(input),
    onSuccess: () => router.replace("/login?welcome=1"),
  });
  return (
    <form className="auth-form" onSubmit={form.onSubmit} noValidate>
      <FormAlert message={form.formError} tone="error" />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        {...form.field("name")}
        idPrefix="invitation"
        label="Your name"
        hint="As colleagues will see it in the admin area."
        autoComplete="name"
        required
      />
      <NewPasswordFields
        idPrefix="invitation"
        password={form.field("password")}
        confirmPassword={form.field("confirmPassword")}
      />
      <button type="submit" className="auth-button" disabled={form.pending}>
        {form.pending ? "Activating…" : "Activate my account"}
      </button>
    </form>
  );
}

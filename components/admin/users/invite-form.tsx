"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { inviteUserAction } from "@/lib/users/actions";
import { STAFF_ROLES } from "@/lib/users/schema";
import { ROLE_LABELS, ROLE_SUMMARY } from "./role-labels";

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function InviteForm() {
  const { state, formAction, pending, errors, value } = useActionForm(inviteUserAction, { resetOnSuccess: true });
  const sent = state.result?.ok ? state.result.data : null;
  return (
    <form
      action={formAction}
      className="action-form users-invite-form"
      aria-labelledby="invite-title"
      aria-busy={pending}
    >
      <h2 id="invite-title">Invite a colleague</h2>
      <div className="users-invite-fields">
        <TextField
          name="email"
          type="email"
          label="Email address"
          required
          autoComplete="off"
          errors={errors("email")}
          defaultValue={value("email", "")}
        />
        <TextField
          name="name"
          label="Name"
          required
          autoComplete="off"
          errors={errors("name")}
          defaultValue={value("name", "")}
        />
        <SelectField
          name="role"
          label="Role"
          hint={ROLE_SUMMARY}
          required
          options={ROLE_OPTIONS}
          errors={errors("role")}
          defaultValue={value("role", "AUTHOR")}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </button>
        <FormStatus
          result={state.result}
          success={
            sent?.emailSent === false
              ? "The invitation was created, but its email could not be sent. Use “Resend” in the list below to try again."
              : "Invitation sent. The link in it works for seven days."
          }
        />
      </div>
    </form>
  );
}

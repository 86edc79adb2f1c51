"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateRequiredTwoFactorRolesAction } from "@/lib/auth/two-factor/actions";
import type { StaffRole } from "@/lib/users/schema";
import { ROLE_LABELS } from "../users/role-labels";

const ROLES: readonly StaffRole[] = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"];

/** Which roles must use two-factor sign-in: staff in them without it can do nothing but set it up. */
export function TwoFactorRolesForm({ required }: { required: readonly StaffRole[] }) {
  const { state, formAction, pending } = useActionForm(updateRequiredTwoFactorRolesAction);
  const checked = state.result?.ok ? state.result.data.roles : required;
  return (
    <form action={formAction} className="action-form" aria-busy={pending}>
      <fieldset>
        <legend>Require two-factor sign-in for</legend>
        <p className="field-hint" id="two-factor-roles-hint">
          Staff in these roles who have not set up two-factor sign-in are sent to set it up when they next open the
          admin area, and can do nothing else until they have.
        </p>
        {ROLES.map((role) => (
          <div className="field field-checkbox" key={role}>
            <input
              type="checkbox"
              id={`two-factor-role-${role}`}
              name="roles[]"
              value={role}
              defaultChecked={checked.includes(role)}
              aria-describedby="two-factor-roles-hint"
            />
            <label htmlFor={`two-factor-role-${role}`}>{ROLE_LABELS[role]}</label>
          </div>
        ))}
      </fieldset>
      <FormStatus result={state.result} success="Two-factor requirement saved." />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Saving…" : "Save requirement"}
        </button>
      </div>
    </form>
  );
}

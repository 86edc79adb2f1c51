"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { changeRoleAction } from "@/lib/users/actions";
import { STAFF_ROLES, type StaffRole } from "@/lib/users/schema";
import { ROLE_LABELS } from "./role-labels";

/** A role choice applied with its own button, so moving through the options never changes anything by itself. */
export function RoleForm({ userId, role, accountLabel }: { userId: string; role: StaffRole; accountLabel: string }) {
  const { state, formAction, pending, value } = useActionForm(changeRoleAction);
  const id = `role-${userId}`;
  return (
    <form action={formAction} className="users-role-form">
      <input type="hidden" name="userId" value={userId} />
      <label className="visually-hidden" htmlFor={id}>
        Role of {accountLabel}
      </label>
      {/* Keyed on the stored role so a refresh after saving shows what is stored now. */}
      <select key={role} id={id} name="role" defaultValue={value("role", role)}>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Change role"}
        <span className="visually-hidden"> of {accountLabel}</span>
      </button>
      <FormStatus result={state.result} success={`Role saved: ${ROLE_LABELS[role]}.`} />
    </form>
  );
}

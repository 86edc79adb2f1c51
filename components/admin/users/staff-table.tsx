import { InlineAction } from "@/components/ui/inline-action";
import { resetTwoFactorAction } from "@/lib/auth/two-factor/actions";
import { disableUserAction, enableUserAction } from "@/lib/users/actions";
import type { StaffMember } from "@/lib/users/dto";
import { ROLE_LABELS } from "./role-labels";
import { RoleForm } from "./role-form";

export function StaffTable({ members, formatDate }: { members: StaffMember[]; formatDate: (iso: string) => string }) {
  return (
    <div className="users-table-scroll">
      <table className="admin-table users-table">
        <caption className="visually-hidden">Staff accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name and email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Two-factor</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const label = m.name ?? m.email;
            return (
              <tr key={m.id} className={m.disabled ? "users-row--disabled" : undefined}>
                <th scope="row">
                  <span className="users-name">
                    {label}
                    {m.isSelf ? " (you)" : null}
                  </span>
                  {m.name ? <span className="users-email">{m.email}</span> : null}
                </th>
                {/* Admins cannot change or disable their own account here: another admin has to. */}
                <td>
                  {m.isSelf ? ROLE_LABELS[m.role] : <RoleForm userId={m.id} role={m.role} accountLabel={label} />}
                </td>
                <td>{m.disabled ? <span className="users-status--disabled">Disabled</span> : "Active"}</td>
                <td>
                  {m.twoFactor ? "On" : "Off"}
                  {m.twoFactor && !m.isSelf ? (
                    <InlineAction
                      action={resetTwoFactorAction}
                      hidden={{ userId: m.id }}
                      label="Reset"
                      accessibleLabel={`Reset two-factor sign-in for ${label}`}
                      confirm={{
                        prompt: `Reset two-factor sign-in for ${label}? Their authenticator app, passkeys and recovery codes stop working; they sign in with their password and set it up again. They are told by email.`,
                        confirmLabel: "Reset two-factor",
                      }}
                    />
                  ) : null}
                </td>
                <td>{m.lastLoginAt ? <time dateTime={m.lastLoginAt}>{formatDate(m.lastLoginAt)}</time> : "Never"}</td>
                <td>
                  {m.isSelf ? null : m.disabled ? (
                    <InlineAction
                      action={enableUserAction}
                      hidden={{ userId: m.id }}
                      label="Enable"
                      accessibleLabel={`Enable ${label}`}
                    />
                  ) : (
                    <InlineAction
                      action={disableUserAction}
                      hidden={{ userId: m.id }}
                      label="Disable"
                      accessibleLabel={`Disable ${label}`}
                      confirm={{
                        prompt: `Disable ${label}? They are signed out at once and cannot sign in until the account is enabled again.`,
                        confirmLabel: "Disable",
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

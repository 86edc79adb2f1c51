import { InlineAction } from "@/components/ui/inline-action";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/users/actions";
import type { PendingInvitation } from "@/lib/users/dto";
import { ROLE_LABELS } from "./role-labels";

export function InvitationsTable({
  invitations,
  formatDate,
}: {
  invitations: PendingInvitation[];
  formatDate: (iso: string) => string;
}) {
  return (
    <div className="users-table-scroll">
      <table className="admin-table users-table">
        <caption className="visually-hidden">Pending invitations</caption>
        <thead>
          <tr>
            <th scope="col">Invitee</th>
            <th scope="col">Role</th>
            <th scope="col">Sent</th>
            <th scope="col">Link</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.userId}>
              <th scope="row">
                <span className="users-name">{i.name ?? i.email}</span>
                {i.name ? <span className="users-email">{i.email}</span> : null}
              </th>
              <td>{ROLE_LABELS[i.role]}</td>
              <td>
                <time dateTime={i.sentAt}>{formatDate(i.sentAt)}</time>
                {i.invitedByName ? <span className="users-email">by {i.invitedByName}</span> : null}
              </td>
              <td>
                {i.expired ? (
                  <span className="users-status--disabled">Expired</span>
                ) : (
                  <>
                    Works until <time dateTime={i.expiresAt}>{formatDate(i.expiresAt)}</time>
                  </>
                )}
              </td>
              <td>
                <div className="users-row-actions">
                  <InlineAction
                    action={resendInvitationAction}
                    hidden={{ userId: i.userId }}
                    label="Resend"
                    accessibleLabel={`Resend the invitation to ${i.email}`}
                  />
                  <InlineAction
                    action={revokeInvitationAction}
                    hidden={{ userId: i.userId }}
                    label="Withdraw"
                    accessibleLabel={`Withdraw the invitation to ${i.email}`}
                    confirm={{
                      prompt: `Withdraw the invitation to ${i.email}? The link in their email stops working.`,
                      confirmLabel: "Withdraw",
                    }}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
